#include "fixtures.hpp"

#include "session/plan.hpp"

#include <fmt/format.h>

namespace knead::test {

using namespace std::chrono_literals;

namespace {

routine::Step pressing(std::string title, std::string region) {
  routine::Step step;
  step.title = std::move(title);
  step.regions = {std::move(region)};
  step.press = 10s;
  step.hold = 120s;
  step.release = 30s;
  return step;
}

session::Ms to_ms(double seconds) {
  return session::Ms{static_cast<long long>(seconds * 1000)};
}

} // namespace

routine::Routine lower_back() {
  routine::Routine routine;
  routine.id = "lower-back";
  routine.title = "Lower back: paraspinals, hips, buttocks, then ice";
  routine.steps.push_back(pressing("Paraspinal muscles", "lower-back"));
  routine.steps.push_back(pressing("Hip points", "hips"));
  routine.steps.push_back(pressing("Buttocks", "buttocks"));
  routine::Step ice;
  ice.title = "Ice";
  ice.kind = routine::StepKind::ice;
  ice.regions = {"lower-back", "hips"};
  ice.before = "Wrap an ice pack in a thin towel.";
  ice.hold = 15min;
  ice.sides = routine::Sides::none;
  routine.steps.push_back(ice);
  return routine;
}

routine::Routine every_phase() {
  routine::Routine routine;
  routine.id = "every-phase";
  routine.title = "Every phase";
  routine::Step a;
  a.title = "A";
  a.press = 10s;
  a.hold = 20s;
  a.release = 10s;
  a.sides = routine::Sides::left_then_right;
  routine::Step b;
  b.title = "B";
  b.kind = routine::StepKind::reps;
  b.reps = 3;
  b.rep = 5s;
  b.release = 5s;
  routine::Step c;
  c.title = "C";
  c.kind = routine::StepKind::ice;
  c.before = "Wrap the ice.";
  c.hold = 60s;
  c.sides = routine::Sides::none;
  routine.steps = {a, b, c};
  return routine;
}

std::vector<std::string> Recorder::lines() const {
  std::vector<std::string> out;
  for (const auto &event : events) {
    std::string line = fmt::format("{} {} {}", event.t.count(), to_string(event.kind), event.step);
    if (event.side != routine::Side::both) {
      line += fmt::format(" {}", routine::to_string(event.side));
    }
    if (event.rep > 0) {
      line += fmt::format(" #{}", event.rep);
    }
    if (const auto reason = session::reason_word(event); !reason.empty()) {
      line += fmt::format(" ({})", reason);
    }
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> Recorder::kinds(session::EventKind kind) const {
  std::vector<std::string> out;
  for (const auto &line : lines()) {
    if (line.find(fmt::format(" {} ", to_string(kind))) != std::string::npos) {
      out.push_back(line);
    }
  }
  return out;
}

Harness::Harness(const routine::Routine &routine, session::EngineOptions options)
    : engine(session::make_plan(routine), clock, recorder, options) {
  engine.start();
}

void Harness::run_to(double seconds) {
  const auto target = to_ms(seconds);
  while (auto deadline = engine.next_deadline()) {
    if (*deadline > target) {
      break;
    }
    clock.advance_to(*deadline);
    engine.advance();
  }
  clock.set(target);
  engine.advance();
}

void Harness::run_to_end() {
  while (!engine.finished()) {
    if (engine.state().paused) {
      engine.handle(session::Input::resume);
      continue;
    }
    if (engine.state().waiting) {
      engine.handle(session::Input::confirm);
      continue;
    }
    if (const auto deadline = engine.next_deadline()) {
      clock.advance_to(*deadline);
    }
    engine.advance();
  }
}

std::optional<double> Harness::deadline_s() const {
  if (auto deadline = engine.next_deadline()) {
    return static_cast<double>(deadline->count()) / 1000.0;
  }
  return std::nullopt;
}

} // namespace knead::test
