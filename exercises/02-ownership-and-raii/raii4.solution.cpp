// raii4.cpp: write an owner of your own.
//
// `ScopedCounter` should count how many are alive: its constructor adds one
// to the counter it is given, and its destructor takes one away. Because the
// language runs the destructor on every way out of a scope (the end of a
// block, a return, an exception), the count is always right. That is RAII,
// and Rust's Drop works the same way.
//
// Fill in the constructor and the destructor. Copying is deleted already:
// think about what a copy would do to the count.

// ownlings: begin locked (the interface the tests use)
class ScopedCounter {
public:
    explicit ScopedCounter(int& counter);
    ~ScopedCounter();
    ScopedCounter(const ScopedCounter&) = delete;
    ScopedCounter& operator=(const ScopedCounter&) = delete;

private:
    int& m_counter;
};
// ownlings: end locked

ScopedCounter::ScopedCounter(int& counter) : m_counter(counter) {
    ++m_counter;
}

ScopedCounter::~ScopedCounter() {
    --m_counter;
}
