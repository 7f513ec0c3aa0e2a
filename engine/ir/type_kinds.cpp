// Classifying types for the borrow analyses.
#include "engine/ir/type_kinds.h"

#include "engine/ir/ast_helpers.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/Type.h>


namespace ownlings::engine {
namespace {

const clang::CXXRecordDecl* recordOf(clang::QualType type) {
    if (type.isNull()) return nullptr;
    return type.getNonReferenceType()->getAsCXXRecordDecl();
}

bool nameIn(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view candidate : names)
        if (candidate == name) return true;
    return false;
}

bool recordCarriesLoans(const clang::CXXRecordDecl* record, int depth);

bool carriesLoansAt(clang::QualType type, int depth) {
    if (type.isNull() || depth > 4) return false;
    if (type->isReferenceType() || type->isPointerType() || type->isMemberPointerType()) return true;
    if (const auto* array = type->getAsArrayTypeUnsafe()) return carriesLoansAt(array->getElementType(), depth + 1);
    if (isViewType(type) || isIteratorType(type) || isCallableHolder(type)) return true;
    if (isStdClass(type, {"unique_ptr", "shared_ptr", "weak_ptr"})) return false;
    const clang::CXXRecordDecl* record = recordOf(type);
    return record && recordCarriesLoans(record, depth);
}

bool templateArgumentsCarryLoans(const clang::CXXRecordDecl* record, int depth) {
    const auto* special = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record);
    if (!special) return false;
    for (const clang::TemplateArgument& arg : special->getTemplateArgs().asArray())
        if (arg.getKind() == clang::TemplateArgument::Type && carriesLoansAt(arg.getAsType(), depth + 1)) return true;
    return false;
}

bool recordCarriesLoans(const clang::CXXRecordDecl* record, int depth) {
    if (record->isLambda()) return true;
    if (record->isInStdNamespace()) {
        // Allocators and traits are template arguments too, but never hold borrows.
        const std::string_view name = record->getIdentifier() ? record->getName() : "";
        if (nameIn(name, {"basic_string", "allocator", "char_traits", "less", "hash", "equal_to"})) return false;
        return templateArgumentsCarryLoans(record, depth);
    }
    if (!record->hasDefinition()) return false;
    for (const clang::FieldDecl* field : record->fields())
        if (carriesLoansAt(field->getType(), depth + 1)) return true;
    for (const clang::CXXBaseSpecifier& base : record->bases())
        if (carriesLoansAt(base.getType(), depth + 1)) return true;
    return false;
}

} // namespace

std::string_view recordName(clang::QualType type) {
    const clang::CXXRecordDecl* record = recordOf(type);
    if (!record || !record->getIdentifier()) return {};
    return {record->getName().data(), record->getName().size()};
}

ContainerFamily containerFamily(clang::QualType type) {
    const clang::CXXRecordDecl* record = recordOf(type);
    if (!record || !record->isInStdNamespace()) return ContainerFamily::None;
    const std::string_view name = recordName(type);
    if (nameIn(name, {"vector", "basic_string"})) return ContainerFamily::Contiguous;
    if (name == "deque") return ContainerFamily::Deque;
    if (nameIn(name, {"map", "set", "multimap", "multiset", "list", "forward_list"})) return ContainerFamily::Node;
    if (nameIn(name, {"unordered_map", "unordered_set", "unordered_multimap", "unordered_multiset"}))
        return ContainerFamily::Unordered;
    if (name == "array") return ContainerFamily::Fixed;
    if (name == "optional") return ContainerFamily::Optional;
    return ContainerFamily::None;
}

bool isOwningSmartPointer(clang::QualType type) { return isStdClass(type, {"unique_ptr", "shared_ptr"}); }

bool isViewType(clang::QualType type) {
    return isStdClass(type, {"basic_string_view", "span", "reference_wrapper"});
}

bool isIteratorType(clang::QualType type) {
    const clang::CXXRecordDecl* record = recordOf(type);
    if (!record || !record->getIdentifier()) return false;
    const std::string_view name = recordName(type);
    return name.find("iterator") != std::string_view::npos || name.find("_Iterator") != std::string_view::npos ||
           nameIn(name, {"_Rb_tree_iterator", "_Rb_tree_const_iterator", "_List_iterator", "_List_const_iterator",
                         "_Node_iterator", "_Node_const_iterator", "_Deque_iterator", "__normal_iterator"});
}

bool isCallableHolder(clang::QualType type) {
    return isStdClass(type, {"function", "move_only_function", "thread", "jthread", "future", "shared_future"});
}

bool carriesLoans(clang::QualType type) { return carriesLoansAt(type, 0); }

bool holdsSmartPointers(clang::QualType container) {
    const auto* special = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(recordOf(container));
    if (!special || special->getTemplateArgs().size() == 0) return false;
    const clang::TemplateArgument& element = special->getTemplateArgs()[0];
    return element.getKind() == clang::TemplateArgument::Type && isOwningSmartPointer(element.getAsType());
}

bool isBorrowerType(clang::QualType type) {
    if (type.isNull()) return false;
    return type->isReferenceType() || type->isPointerType() || isViewType(type) || isIteratorType(type);
}

} // namespace ownlings::engine
