// move5.cpp: take everything, and say what is left.
//
// `takeAll` should hand all the jobs in `queue` over to the caller: the caller
// gets the jobs, and the queue is left empty, ready to be filled again. Right
// now it returns a copy and leaves the queue as it was.
//
// Move the contents out instead of copying them. Careful: a moved-from vector
// is "valid but unspecified". It is empty with every library you are likely to
// use, but the standard does not promise it. Give the queue a value you can
// rely on before the function returns.

#include <string>
#include <utility>
#include <vector>

// ownlings: begin locked (the signature the tests call)
std::vector<std::string> takeAll(std::vector<std::string>& queue)
// ownlings: end locked
{
    std::vector<std::string> taken = std::move(queue);
    queue.clear(); // a known value again: moved-from only means "valid"
    return taken;
}
