// case: a method subscribes a lambda capturing its local topic by reference by pushing it into the object's vector of callbacks.
#include <functional>
#include <iostream>
#include <string>
#include <vector>

class EventBus {
public:
    void subscribe_default(int id) {
        std::string topic = "updates/" + std::to_string(id);
        subscribers_.push_back([&topic] { std::cout << "event on " << topic << '\n'; }); // expect: escaping-reference-capture
    }

    void publish() const {
        for (const auto& notify : subscribers_) notify();
    }

private:
    std::vector<std::function<void()>> subscribers_;
};

int main() {
    EventBus bus;
    bus.subscribe_default(7);
    bus.publish();
}
