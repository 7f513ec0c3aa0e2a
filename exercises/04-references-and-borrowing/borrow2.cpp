// borrow2.cpp: change the caller's scores, not a copy.
//
// `addBonus` should add `bonus` to every score of the caller's vector. It
// compiles, it runs, and it changes nothing: the parameter is a copy, the loop
// changes the copy, and the copy is thrown away when the function returns.
//
// In Rust this function would take `&mut Vec<i32>`: a mutable borrow. Give
// `addBonus` the C++ equivalent, so that the caller sees the change.

#include <vector>

void addBonus(std::vector<int> scores, int bonus) {
    for (int score : scores)
        score += bonus;
}
