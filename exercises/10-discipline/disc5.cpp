// disc5.cpp: the rule of zero.
//
// `Samples` owns an array of numbers through a raw pointer. Its destructor
// frees the array, but the class forgot that it can be copied: the compiler's
// copy constructor copies the pointer, not the array. Two Samples then own
// one array, a change to one shows up in the other, and both delete it.
//
// You could write a copy constructor and a copy assignment by hand (the "rule
// of three"). The better fix is the rule of zero: let a member that already
// knows how to copy and free itself own the numbers, and write none of the
// special functions. The `raw-owning-pointer` rule is on.

#include <cstddef>

// ownlings: begin locked (the interface the tests use)
class Samples {
public:
    explicit Samples(std::size_t size);
    std::size_t size() const;
    int get(std::size_t index) const;
    void set(std::size_t index, int value);
// ownlings: end locked
    ~Samples();

private:
    int* m_values;
    std::size_t m_size;
};

Samples::Samples(std::size_t size) : m_values(new int[size]()), m_size(size) {}

Samples::~Samples() {
    delete[] m_values;
}

std::size_t Samples::size() const {
    return m_size;
}

int Samples::get(std::size_t index) const {
    return m_values[index];
}

void Samples::set(std::size_t index, int value) {
    m_values[index] = value;
}
