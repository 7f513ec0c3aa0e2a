// life4.cpp: return a reference, safely.
//
// `longestName` returns the longest name in a list, as a reference: no copy.
// That is safe when the reference points at something that outlives the
// call: here, an element of the caller's vector. For an empty list there is
// no element to return, so it returns a reference to a static empty string,
// which lives as long as the program.
//
// Write the loop. Return a reference to the element itself, not to a copy of
// it: the tests check that the result *is* the caller's element.

#include <string>
#include <vector>

// ownlings: begin locked (the signature the tests call)
const std::string& longestName(const std::vector<std::string>& names)
// ownlings: end locked
{
    static const std::string none;
    const std::string* best = &none;
    for (const std::string& name : names) {
        if (name.size() > best->size())
            best = &name; // points into the caller's vector
    }
    return *best;
}
