// clang::ASTUnit construction and collection of Clang's errors.
#include "engine/parse/translation_unit.h"

#include "engine/ir/span_maker.h"
#include "engine/parse/library_errors.h"
#include "engine/parse/resource_dir.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Frontend/ASTUnit.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/Utils.h>
#include <clang/Serialization/PCHContainerOperations.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>

namespace ownlings::engine {
namespace {

/// The driver finds GCC's headers relative to its own path: a bare `clang++` finds them
/// under "/../lib/gcc/...", which then shows in the paths of Clang's errors.
/// Looked up once: the command line is built for every check.
const std::string& driverPath() {
    static const std::string path = [] {
        const std::string installed = clangResourceDir() + "/../../../bin/clang++";
        return llvm::sys::fs::can_execute(installed) ? installed : std::string("clang++");
    }();
    return path;
}

std::vector<std::string> commandLine(const std::string& path, const std::vector<std::string>& extraArgs) {
    std::vector<std::string> args{driverPath(), "-std=c++20", "-fsyntax-only", "-xc++", "-w"};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    args.push_back(path);
    return args;
}

/// Keeps the text of the first error Clang reports.
class EarlyErrorCollector : public clang::DiagnosticConsumer {
public:
    void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic& info) override {
        clang::DiagnosticConsumer::HandleDiagnostic(level, info);
        if (level < clang::DiagnosticsEngine::Error) return;
        llvm::SmallString<128> text;
        info.FormatDiagnostic(text);
        if (m_first.empty()) m_first = text.str().str();
    }
    const std::string& first() const { return m_first; }

private:
    std::string m_first;
};

/// Why Clang's driver rejects `argv` (a bad flag, say), asked only after a load failed.
std::string driverError(const std::vector<const char*>& argv) {
    EarlyErrorCollector collector;
    clang::CreateInvocationOptions options;
    options.Diags = clang::CompilerInstance::createDiagnostics(new clang::DiagnosticOptions(), &collector,
                                                                /*ShouldOwnClient=*/false);
    clang::createInvocation(argv, options);
    return collector.first();
}

bool isErrorLevel(clang::DiagnosticsEngine::Level level) {
    return level == clang::DiagnosticsEngine::Error || level == clang::DiagnosticsEngine::Fatal;
}

/// Clang's errors in order; each note that follows an error becomes a label
/// (when it points into a file) or a note line of that error.
std::vector<Diagnostic> collectErrors(clang::ASTUnit& unit, const std::string& displayPath) {
    SpanMaker spans(unit.getSourceManager(), unit.getLangOpts(), displayPath);
    std::vector<Diagnostic> errors;
    bool lastWasError = false;
    for (auto it = unit.stored_diag_begin(); it != unit.stored_diag_end(); ++it) {
        const clang::DiagnosticsEngine::Level level = it->getLevel();
        if (isErrorLevel(level)) {
            Diagnostic error;
            error.severity = Severity::Error;
            error.message = it->getMessage().str();
            if (it->getLocation().isValid()) error.primary = spans.point(it->getLocation());
            errors.push_back(std::move(error));
            lastWasError = true;
        } else if (level == clang::DiagnosticsEngine::Note && lastWasError) {
            const SourceSpan at = it->getLocation().isValid() ? spans.point(it->getLocation()) : SourceSpan{};
            if (at.valid() && at.file == displayPath)
                errors.back().labels.push_back({at, it->getMessage().str()});
            else
                errors.back().notes.push_back(it->getMessage().str());
        } else if (level != clang::DiagnosticsEngine::Note) {
            lastWasError = false;
        }
    }
    anchorLibraryErrors(errors, displayPath);
    return errors;
}

} // namespace

TranslationUnitParser::TranslationUnitParser(bool keepPreamble) : m_keepPreamble(keepPreamble) {}
TranslationUnitParser::~TranslationUnitParser() = default;

bool TranslationUnitParser::canReparse(const std::vector<std::string>& args) const {
    return m_keepPreamble && m_unit && args == m_args;
}

ParseResult TranslationUnitParser::parse(const std::string& source, const std::string& path,
                                         const std::string& displayPath, const std::vector<std::string>& extraArgs) {
    ParseResult result;
    const std::string& resourceDir = clangResourceDir();
    if (resourceDir.empty()) {
        result.failure = "cannot find Clang 19's resource directory (install clang-19, or set "
                         "OWNLINGS_CLANG_RESOURCE_DIR)";
        return result;
    }
    std::vector<std::string> args = commandLine(path, extraArgs);
    auto pchOps = std::make_shared<clang::PCHContainerOperations>();
    std::vector<clang::ASTUnit::RemappedFile> remapped{
        {path, llvm::MemoryBuffer::getMemBufferCopy(source, path).release()}};

    if (canReparse(args)) {
        if (m_unit->Reparse(pchOps, remapped)) m_unit.reset();
    } else {
        m_unit.reset();
        std::vector<const char*> argv;
        for (const std::string& arg : args) argv.push_back(arg.c_str());
        // Bodies of header functions are skipped in the preamble (constexpr and `auto` ones are
        // kept): the analyses look only at the main file, and re-checks take 2/3 of the time.
        // ASTUnit replaces this consumer with one that stores every diagnostic for us.
        clang::IntrusiveRefCntPtr<clang::DiagnosticsEngine> diags = clang::CompilerInstance::createDiagnostics(
            new clang::DiagnosticOptions(), new clang::IgnoringDiagConsumer(), /*ShouldOwnClient=*/true);
        std::unique_ptr<clang::ASTUnit> errorUnit;
        m_unit = clang::ASTUnit::LoadFromCommandLine(
            argv.data(), argv.data() + argv.size(), pchOps, diags, resourceDir,
            /*StorePreamblesInMemory=*/true, /*PreambleStoragePath=*/{}, /*OnlyLocalDecls=*/false,
            clang::CaptureDiagsKind::All, remapped, /*RemappedFilesKeepOriginalName=*/true,
            /*PrecompilePreambleAfterNParses=*/m_keepPreamble ? 1 : 0, clang::TU_Complete,
            /*CacheCodeCompletionResults=*/false, /*IncludeBriefCommentsInCodeCompletion=*/false,
            /*AllowPCHWithCompilerErrors=*/true, clang::SkipFunctionBodiesScope::Preamble,
            /*SingleFileParse=*/false, /*UserFilesAreVolatile=*/true, /*ForSerialization=*/false,
            /*RetainExcludedConditionalBlocks=*/false, /*ModuleFormat=*/std::nullopt, &errorUnit);
        if (!m_unit && errorUnit) {
            result.errors = collectErrors(*errorUnit, displayPath);
            result.failure = "Clang could not parse the file";
            return result;
        }
        if (!m_unit) {
            const std::string why = driverError(argv);
            result.failure = why.empty() ? "Clang could not parse the file" : "the compiler flags are wrong: " + why;
            return result;
        }
        m_args = std::move(args);
    }
    if (!m_unit) {
        result.failure = "Clang could not parse the file";
        return result;
    }
    result.ast = m_unit.get();
    result.errors = collectErrors(*m_unit, displayPath);
    return result;
}

} // namespace ownlings::engine
