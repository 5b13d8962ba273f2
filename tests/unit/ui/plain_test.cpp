#include "ui/plain.hpp"

#include <doctest/doctest.h>

#include <csignal>

using namespace knead;
using namespace std::chrono_literals;
using session::Event;
using session::EventKind;

namespace {

Event event(EventKind kind, int step, std::string title, session::Ms t) {
  Event e;
  e.kind = kind;
  e.step = step;
  e.title = std::move(title);
  e.t = t;
  return e;
}

std::string line(const Event &event, const ui::PlainContext &context) {
  return ui::format_plain_line(event, context).utf8();
}

} // namespace

TEST_CASE("plain lines say what happens, with the session time") {
  const ui::PlainContext context{4, std::nullopt};
  CHECK(line(event(EventKind::step_start, 2, "Hip points", 160s), context) ==
        "[2:40] step 2/4: Hip points");
  auto hold = event(EventKind::hold, 2, "Hip points", 170s);
  hold.side = routine::Side::left;
  hold.duration = 120s;
  CHECK(line(hold, context) == "[2:50]   hold (left side) 2:00");
  auto ready = event(EventKind::get_ready, 2, "Hip points", 165s);
  ready.side = routine::Side::right;
  ready.duration = 5s;
  CHECK(line(ready, context) == "[2:45]   get ready (right side) 0:05");
  auto prompt = event(EventKind::before_prompt, 4, "Ice", 480s);
  prompt.text = "Wrap the ice.";
  CHECK(line(prompt, context) == "[8:00] before step 4: Wrap the ice. (press Enter when ready)");
  CHECK(line(prompt, ui::PlainContext{4, 10s}) ==
        "[8:00] before step 4: Wrap the ice. (starting in 0:10)");
  auto skipped = event(EventKind::step_skipped, 3, "Buttocks", 320s);
  skipped.skip_cause = session::SkippedByScreening{"skin_buttocks"};
  skipped.text = "broken skin";
  CHECK(line(skipped, context) == "[5:20] step 3/4 skipped: Buttocks (broken skin)");
  auto by_person = event(EventKind::step_skipped, 2, "Hips", 30s);
  by_person.skip_cause = session::SkippedByPerson{};
  CHECK(line(by_person, context) == "[0:30] step 2/4 skipped: Hips");
  auto adjusted = event(EventKind::adjusted, 1, "A", 5s);
  adjusted.adjust = -15s;
  CHECK(line(adjusted, context) == "[0:05]   -15 s");
  auto end = event(EventKind::session_end, 0, "", 23min);
  end.ending = session::SessionEnding{session::Outcome::interrupted, SIGINT};
  CHECK(line(end, context) == "[23:00] session ended: SIGINT");
}

TEST_CASE("routine text in plain lines is sanitised") {
  const auto printed =
      line(event(EventKind::step_start, 1, "evil\x1b]52;c;AAAA\x07title", 0s), {1, std::nullopt});
  CHECK(printed.find('\x1b') == std::string::npos);
  CHECK(printed.find('\x07') == std::string::npos);
}

TEST_CASE("plain lines for pressure guidance, a swapped step, skin checks and the limit") {
  const ui::PlainContext context{4, std::nullopt};
  auto start = event(EventKind::step_start, 1, "Paraspinal muscles", 0s);
  start.text = "Firm but comfortable; ease off if it hurts or tingling spreads.";
  CHECK(ui::format_plain_line(start, context) ==
        "[0:00] step 1/4: Paraspinal muscles - Firm but comfortable; ease off if it hurts or "
        "tingling spreads.");
  auto swap = event(EventKind::alternative, 4, "Heat", 480s);
  swap.question_id = "cold_allergy";
  swap.text = "ice is not advised with a cold allergy";
  CHECK(ui::format_plain_line(swap, context) ==
        "[8:00] step 4/4 runs its alternative: Heat (ice is not advised with a cold allergy)");
  auto check = event(EventKind::skin_check, 4, "Ice", 780s);
  check.text = "Check your skin under the ice pack: take it off if the skin has gone numb.";
  CHECK(ui::format_plain_line(check, context) ==
        "[13:00]   Check your skin under the ice pack: take it off if the skin has gone numb.");
  auto paused = event(EventKind::paused, 4, "Ice", 800s);
  CHECK(ui::format_plain_line(paused, context) == "[13:20] paused");
  paused.text = "Lift the ice pack off your skin until you go on.";
  CHECK(ui::format_plain_line(paused, context) ==
        "[13:20] paused. Lift the ice pack off your skin until you go on.");
  auto end = event(EventKind::step_end, 4, "Ice", 1680s);
  end.skin_limit = true;
  CHECK(ui::format_plain_line(end, context) == "[28:00]   done: Ice (20 minutes on the skin)");
}

TEST_CASE("plain mode carries where, how and the cues of each step") {
  session::Plan plan;
  session::PlannedStep planned;
  planned.number = 2;
  planned.step.title = "Ice";
  planned.step.where = "Over the sore part\nof the lower back";
  planned.step.how = "Wrap the pack in a cloth.  Take it off if the skin goes numb.";
  planned.step.cues = {"Breathe slowly.", "Stay still."};
  plan.steps.push_back(planned);
  const auto texts = [&plan](const Event &e) {
    std::vector<std::string> out;
    for (const auto &text : ui::plain_step_lines(e, plan)) {
      out.push_back(text.utf8());
    }
    return out;
  };
  CHECK(texts(event(EventKind::step_start, 2, "Ice", 60s)) ==
        std::vector<std::string>{
            "  where: Over the sore part of the lower back",
            "  how: Wrap the pack in a cloth. Take it off if the skin goes numb."});
  CHECK(texts(event(EventKind::hold, 2, "Ice", 60s)) ==
        std::vector<std::string>{"  cue: Breathe slowly.", "  cue: Stay still."});
  auto first = event(EventKind::rep, 2, "Ice", 60s);
  first.rep = 1;
  CHECK(texts(first).size() == 2);
  first.rep = 2;
  CHECK(texts(first).empty());
  CHECK(texts(event(EventKind::release, 2, "Ice", 60s)).empty());
  // A step the plan does not have (or an event about no step) adds nothing.
  CHECK(texts(event(EventKind::step_start, 3, "Other", 60s)).empty());
  CHECK(texts(event(EventKind::session_start, 0, "", 0s)).empty());
  // Routine text stays text.
  plan.steps[0].step.where = "evil\x1b]52;c;AAAA\x07";
  CHECK(texts(event(EventKind::step_start, 2, "Ice", 0s)).front().find('\x1b') ==
        std::string::npos);
}
