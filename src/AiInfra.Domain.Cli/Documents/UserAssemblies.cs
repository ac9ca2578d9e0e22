using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Security.Cryptography;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Loads a user's built assembly (<c>--assembly bin/Debug/net10.0/MyApp.dll</c>) so that the tool knows the entities
/// generated from the user's spec files. Each assembly gets its own <see cref="AssemblyLoadContext"/>: the library and
/// every assembly the tool itself runs with (the framework, NodaTime, UnitsNet) are the tool's, so the user's records
/// register with the library's <see cref="AiInfraTypeRegistry"/> and are read by the library's own
/// <see cref="AiInfraJson"/>, exactly as in the user's process; the user's other dependencies are found next to the
/// assembly (through its <c>.deps.json</c>). Before anything is loaded, the file is read as metadata only, so that a
/// file that is not a .NET assembly, a reference assembly, an assembly for .NET Framework or a newer .NET, one that does
/// not reference AiInfra.Domain or references another major version of it is refused with the reason, and never run.
/// </summary>
internal static class UserAssemblies
{
    /// <summary>The largest assembly read, in bytes (1 GiB).</summary>
    public const long SizeLimit = 1L << 30;

    private static readonly AssemblyName Library = typeof(AiInfraJson).Assembly.GetName();
    private static readonly Dictionary<string, Assembly> s_loaded = new(StringComparer.Ordinal);
    private static readonly Lazy<HashSet<string>> s_toolAssemblies = new(() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Loads every assembly in <paramref name="paths"/> and returns <paramref name="known"/> with the records they
    /// register; null, with the reason (a sentence naming the file), when one cannot be used.
    /// </summary>
    public static Entities? Load(IReadOnlyList<string> paths, Entities known, out string? problem)
    {
        problem = null;
        var registrations = new List<AiInfraTypeRegistry.Registration>();
        var seen = new HashSet<Assembly>();
        foreach (var path in paths)
        {
            if (LoadOne(path, out var why) is not { } assembly)
            {
                problem = $"--assembly '{path}': {why}.";
                return null;
            }

            if (!seen.Add(assembly))
            {
                continue;
            }

            var own = AiInfraTypeRegistry.Types.Where(r => r.Type.Assembly == assembly).ToArray();
            if (own.Length == 0)
            {
                problem = $"--assembly '{path}': it registers no entity: the project has no *.spec.json file, or it was not built "
                    + "with the AiInfra.Domain package's generator (a PackageReference to AiInfra.Domain runs it).";
                return null;
            }

            var taken = known.All.Concat(registrations).Select(r => r.Type.FullName).ToHashSet(StringComparer.Ordinal);
            if (own.FirstOrDefault(r => taken.Contains(r.Type.FullName)) is { } clash)
            {
                problem = $"--assembly '{path}': its entity {clash.Type.FullName} has the full name of an entity the tool already knows, "
                    + "so neither could be named with --type; give the spec file another namespace.";
                return null;
            }

            registrations.AddRange(own);
        }

        return known.With(registrations);
    }

    /// <summary>The loaded assembly, its module initializer run (which registers its records); null with the reason.</summary>
    private static Assembly? LoadOne(string path, out string? problem)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = "it is not a valid path";
            return null;
        }

        if (FileBytes.Read(full, SizeLimit, out problem, "for an assembly") is not { } bytes)
        {
            return null;
        }

        if (Inspect(bytes) is { } refused)
        {
            problem = refused;
            return null;
        }

        var key = full + "|" + Convert.ToHexString(SHA256.HashData(bytes));
        lock (s_loaded)
        {
            if (s_loaded.TryGetValue(key, out var loaded))
            {
                return loaded;
            }

            Assembly assembly;
            try
            {
                assembly = new Context(full).LoadFromStream(new MemoryStream(bytes, writable: false));
            }
            catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or IOException)
            {
                problem = $"it cannot be loaded: {Sentence(exception)}";
                return null;
            }

            try
            {
                RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var cause = exception is TypeInitializationException { InnerException: { } inner } ? inner : exception;
                problem = cause is FileNotFoundException or FileLoadException
                    ? $"a dependency of it cannot be loaded ({Sentence(cause)}); pass the assembly in the project's build output "
                        + "folder (bin/...), next to its dependencies and its .deps.json"
                    : $"its module initializer failed with {cause.GetType().Name}: {Sentence(cause)}";
                return null;
            }

            s_loaded.Add(key, assembly);
            return assembly;
        }
    }

    /// <summary>
    /// Reads the file as metadata, running nothing: null when it is an assembly the tool can load; otherwise why not.
    /// </summary>
    internal static string? Inspect(byte[] bytes)
    {
        try
        {
            using var pe = new PEReader(new MemoryStream(bytes, writable: false));
            if (!pe.HasMetadata)
            {
                return "it is not a .NET assembly (it has no .NET metadata: a native library, or not a program)";
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                return "it is a .NET module, not an assembly";
            }

            var definition = metadata.GetAssemblyDefinition();
            var name = metadata.GetString(definition.Name);
            if (string.Equals(name, Library.Name, StringComparison.OrdinalIgnoreCase))
            {
                return $"it is the {Library.Name} library itself, whose entities the tool already knows; pass your project's assembly";
            }

            string? framework = null;
            foreach (var handle in definition.GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(handle);
                switch (AttributeName(metadata, attribute))
                {
                    case "System.Runtime.CompilerServices.ReferenceAssemblyAttribute":
                        return "it is a reference assembly (from an obj/ or ref/ folder), which holds no code; pass the assembly in the project's bin/ folder";
                    case "System.Runtime.Versioning.TargetFrameworkAttribute":
                        framework = FirstStringArgument(metadata, attribute);
                        break;
                }
            }

            if (framework is not null && FrameworkProblem(framework) is { } frameworkProblem)
            {
                return frameworkProblem;
            }

            foreach (var handle in metadata.AssemblyReferences)
            {
                var reference = metadata.GetAssemblyReference(handle);
                if (!string.Equals(metadata.GetString(reference.Name), Library.Name, StringComparison.Ordinal))
                {
                    continue;
                }

                var version = reference.Version;
                var tool = Library.Version!;
                if (version.Major != tool.Major)
                {
                    return $"it was built against {Library.Name} {version}, another major version than this tool's {tool}; "
                        + $"use the tool of the same major version as the package (dotnet tool update AiInfra.Domain.Cli --version {version.Major}.*)";
                }

                if (version > tool)
                {
                    return $"it was built against {Library.Name} {version}, newer than this tool's {tool}; update the tool (dotnet tool update AiInfra.Domain.Cli)";
                }

                return null;
            }

            return $"it does not reference {Library.Name}, so it has no entities generated from spec files";
        }
        catch (BadImageFormatException exception)
        {
            return $"it is not a .NET assembly ({Sentence(exception)})";
        }
    }

    /// <summary>Why an assembly built for <paramref name="framework"/> (".NETCoreApp,Version=v10.0") cannot run here; null when it can.</summary>
    private static string? FrameworkProblem(string framework)
    {
        const string prefix = ".NETCoreApp,Version=v";
        if (framework.StartsWith(".NETFramework", StringComparison.Ordinal))
        {
            return $"it is built for .NET Framework ({framework}); the tool loads assemblies built for .NET {Environment.Version.Major} or earlier";
        }

        if (framework.StartsWith(prefix, StringComparison.Ordinal)
            && Version.TryParse(framework[prefix.Length..], out var version)
            && version.Major > Environment.Version.Major)
        {
            return $"it is built for .NET {version.ToString(2)}, newer than the .NET {Environment.Version.ToString(2)} the tool runs on";
        }

        return null;
    }

    /// <summary>The full name of an attribute's type.</summary>
    private static string? AttributeName(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle type;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                break;
            default:
                return null;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => metadata.GetTypeReference((TypeReferenceHandle)type) is var reference
                ? metadata.GetString(reference.Namespace) + "." + metadata.GetString(reference.Name)
                : null,
            HandleKind.TypeDefinition => metadata.GetTypeDefinition((TypeDefinitionHandle)type) is var definition
                ? metadata.GetString(definition.Namespace) + "." + metadata.GetString(definition.Name)
                : null,
            _ => null,
        };
    }

    /// <summary>The first constructor argument of an attribute, when it is a string.</summary>
    private static string? FirstStringArgument(MetadataReader metadata, CustomAttribute attribute)
    {
        var blob = metadata.GetBlobReader(attribute.Value);
        return blob.Length >= 2 && blob.ReadUInt16() == 1 ? blob.ReadSerializedString() : null;
    }

    private static string Sentence(Exception exception) => exception.Message.TrimEnd('.', ' ');

    /// <summary>
    /// The load context of one user assembly: the tool's own assemblies come from the tool (so types are shared with
    /// the library the tool runs), the rest from the user's build output, as its <c>.deps.json</c> says.
    /// </summary>
    internal sealed class Context : AssemblyLoadContext
    {
        private readonly string _directory;
        private readonly AssemblyDependencyResolver? _resolver;

        public Context(string assemblyPath)
            : base("aiinfra --assembly " + Path.GetFileName(assemblyPath))
        {
            _directory = Path.GetDirectoryName(assemblyPath)!;
            try
            {
                _resolver = new AssemblyDependencyResolver(assemblyPath);
            }
            catch (InvalidOperationException)
            {
                // No usable .deps.json: dependencies are looked for next to the assembly.
                _resolver = null;
            }
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is not { } name || s_toolAssemblies.Value.Contains(name))
            {
                return null;
            }

            var path = _resolver?.ResolveAssemblyToPath(assemblyName) ?? Path.Combine(_directory, name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
