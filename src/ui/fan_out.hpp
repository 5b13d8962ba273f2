#pragma once

#include "session/event.hpp"

#include <vector>

namespace knead::ui {

// Hands every event to each sink in turn.
class FanOut final : public session::EventSink {
public:
  void add(session::EventSink *sink) {
    if (sink != nullptr) {
      m_sinks.push_back(sink);
    }
  }
  void on_event(const session::Event &event) override {
    for (auto *sink : m_sinks) {
      sink->on_event(event);
    }
  }

private:
  std::vector<session::EventSink *> m_sinks;
};

} // namespace knead::ui
