#include "voice/script.hpp"

#include "session/engine.hpp"
#include "session/skin.hpp"
#include "voice/words.hpp"

#include <algorithm>
#include <chrono>
#include <set>

namespace knead::voice {

using session::Event;
using session::EventKind;

const char *to_string(LineKind kind) {
  switch (kind) {
  case LineKind::session:
    return "session";
  case LineKind::step:
    return "step";
  case LineKind::alternative:
    return "alternative";
  case LineKind::side:
    return "side";
  case LineKind::where:
    return "where";
  case LineKind::how:
    return "how";
  case LineKind::guidance:
    return "guidance";
  case LineKind::caution:
    return "caution";
  case LineKind::before:
    return "before";
  case LineKind::countdown:
    return "countdown";
  case LineKind::get_ready:
    return "get_ready";
  case LineKind::press:
    return "press";
  case LineKind::hold:
    return "hold";
  case LineKind::cue:
    return "cue";
  case LineKind::halfway:
    return "halfway";
  case LineKind::ten_seconds:
    return "ten_seconds";
  case LineKind::count:
    return "count";
  case LineKind::release:
    return "release";
  case LineKind::side_switch:
    return "side_switch";
  case LineKind::skin:
    return "skin";
  case LineKind::pack_off:
    return "pack_off";
  case LineKind::skipped:
    return "skipped";
  case LineKind::paused:
    return "paused";
  case LineKind::resumed:
    return "resumed";
  case LineKind::end:
    return "end";
  }
  return "step";
}

std::string countdown_text(Ms lead_in) {
  return "Ready? Starting in " +
         duration_words(std::chrono::duration_cast<std::chrono::seconds>(lead_in)) + ".";
}

Priority priority_of(LineKind kind) {
  switch (kind) {
  case LineKind::alternative:
  case LineKind::where:
  case LineKind::how:
  case LineKind::guidance:
  case LineKind::caution:
  case LineKind::before:
  case LineKind::cue:
  case LineKind::skipped:
    return Priority::reading;
  default:
    return Priority::moment;
  }
}

namespace {

// Holds shorter than these get no "Halfway" / "Ten seconds left": there is no time
// for them to mean anything.
constexpr std::chrono::seconds k_halfway_from{60};
constexpr std::chrono::seconds k_ten_left_from{30};
constexpr Ms k_ten_seconds{10'000};

// A shorter form of a reading: without what is in parentheses, up to the end of the
// first sentence. Empty when that is the whole text anyway.
std::string shortened(const std::string &text) {
  std::string plain;
  int depth = 0;
  for (const char c : text) {
    if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (depth == 0) {
      plain += c;
    }
  }
  std::string cut;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    // Two spaces left by a removed parenthesis, or one before a comma, become one.
    if (plain[i] == ' ' &&
        (cut.empty() || cut.back() == ' ' ||
         (i + 1 < plain.size() && (plain[i + 1] == ',' || plain[i + 1] == '.')))) {
      continue;
    }
    cut += plain[i];
    if (plain[i] == '.' && (i + 1 == plain.size() || plain[i + 1] == ' ')) {
      break;
    }
  }
  while (!cut.empty() && cut.back() == ' ') {
    cut.pop_back();
  }
  return cut == text ? std::string() : cut;
}

std::string hold_text(routine::StepKind kind, Ms length) {
  const auto words = duration_words(std::chrono::duration_cast<std::chrono::seconds>(length));
  switch (kind) {
  case routine::StepKind::roll:
    return "Roll for " + words;
  case routine::StepKind::ice:
    return "Keep the ice on for " + words;
  case routine::StepKind::heat:
    return "Keep the heat on for " + words;
  case routine::StepKind::rest:
    return "Rest for " + words;
  default:
    return "Hold for " + words;
  }
}

Line line(Ms at, LineKind kind, std::string text, int step, std::string short_text = {}) {
  Line made;
  made.at = at;
  made.kind = kind;
  made.text = std::move(text);
  made.short_text = std::move(short_text);
  made.step = step;
  return made;
}

} // namespace

const session::PlannedStep *Narrator::find(int number) const {
  for (const auto &planned : m_plan.steps) {
    if (planned.number == number) {
      return &planned;
    }
  }
  return nullptr;
}

// What introduces a step: its number and title, why an alternative runs, where, how,
// the pressure guidance (once a session) and the cautions of the safety questions.
void Narrator::header(const session::PlannedStep &planned, Ms at, std::vector<Line> &lines) {
  const int number = planned.number;
  const auto &step = planned.step;
  lines.push_back(line(at, LineKind::step,
                       "Step " + number_words(number) + " of " +
                           number_words(static_cast<int>(m_plan.steps.size())) + ": " + step.title,
                       number));
  if (!planned.swap_reason.empty()) {
    lines.push_back(line(at, LineKind::alternative,
                         "Instead of " + planned.replaced_title + ": " + planned.swap_explanation,
                         number));
  }
  if (!step.where.empty()) {
    lines.push_back(line(at, LineKind::where, step.where, number, shortened(step.where)));
  }
  if (!step.how.empty()) {
    lines.push_back(line(at, LineKind::how, step.how, number, shortened(step.how)));
  }
  if (routine::presses(step.kind) && !m_guidance_said) {
    m_guidance_said = true;
    lines.push_back(line(at, LineKind::guidance,
                         "Firm but comfortable; ease off if it hurts or tingling spreads.",
                         number));
  }
  for (const auto &caution : planned.cautions) {
    lines.push_back(line(at, LineKind::caution, "Caution: " + caution, number));
  }
}

// At the start of a hold: how long, the step's own cues, and the halfway and
// ten-seconds marks inside it.
void Narrator::hold_lines(const session::PlannedStep &planned, const Event &event,
                          std::vector<Line> &lines) const {
  const int number = planned.number;
  lines.push_back(
      line(event.t, LineKind::hold, hold_text(planned.step.kind, event.duration), number));
  for (const auto &cue : planned.step.cues) {
    lines.push_back(line(event.t, LineKind::cue, cue, number));
  }
  if (event.duration >= k_halfway_from) {
    auto mark = line(event.t + event.duration / 2, LineKind::halfway, "Halfway", number);
    mark.in_phase = true;
    lines.push_back(std::move(mark));
  }
  if (event.duration >= k_ten_left_from) {
    auto mark = line(event.t + event.duration - k_ten_seconds, LineKind::ten_seconds,
                     "Ten seconds left", number);
    mark.in_phase = true;
    lines.push_back(std::move(mark));
  }
}

std::vector<Line> Narrator::lines_for(const Event &event) {
  std::vector<Line> lines;
  const session::PlannedStep *planned = find(event.step);
  const Ms at = event.t;
  switch (event.kind) {
  case EventKind::session_start:
    lines.push_back(line(at, LineKind::session, event.title, 0));
    break;
  case EventKind::before_prompt:
    if (planned != nullptr) {
      header(*planned, at, lines);
      m_header_said = planned->number;
    }
    if (event.duration.count() > 0) {
      // Hands-free: the prompt goes on by itself, and says when.
      lines.push_back(line(at, LineKind::before, event.text, event.step));
      lines.push_back(line(at, LineKind::countdown, countdown_text(event.duration), event.step));
    } else {
      // How to go on is the program's to say, not the routine's: the same `before`
      // text serves both modes, and only here does the prompt wait for a key.
      lines.push_back(
          line(at, LineKind::before, event.text + " Press Enter when ready.", event.step));
    }
    break;
  case EventKind::step_start:
    if (planned != nullptr) {
      if (m_header_said != planned->number) {
        header(*planned, at, lines);
      }
      if (planned->step.sides == routine::Sides::left_then_right) {
        lines.push_back(line(at, LineKind::side, "Left side first", event.step));
      }
    }
    m_header_said = 0;
    break;
  case EventKind::get_ready:
    lines.push_back(line(at, LineKind::get_ready, "Get ready", event.step));
    break;
  case EventKind::press:
    lines.push_back(line(at, LineKind::press, "Press in", event.step));
    break;
  case EventKind::hold:
    if (planned != nullptr) {
      hold_lines(*planned, event, lines);
    }
    break;
  case EventKind::rep:
    if (planned != nullptr) {
      lines.push_back(
          line(at, LineKind::count, count_word(event.rep, planned->step.reps), event.step));
      if (event.rep == 1) {
        for (const auto &cue : planned->step.cues) {
          lines.push_back(line(at, LineKind::cue, cue, event.step));
        }
      }
    }
    break;
  case EventKind::release:
    lines.push_back(line(at, LineKind::release, "Release slowly", event.step));
    break;
  case EventKind::side_switch:
    lines.push_back(line(at, LineKind::side_switch,
                         std::string("Switch to the ") + routine::to_string(event.side) + " side",
                         event.step));
    break;
  case EventKind::skin_check:
  case EventKind::skin_limit:
    lines.push_back(line(at, LineKind::skin, event.text, event.step));
    break;
  case EventKind::step_end:
    if (planned != nullptr && routine::on_skin(planned->step.kind) && !event.skin_limit) {
      lines.push_back(line(at, LineKind::pack_off,
                           planned->step.kind == routine::StepKind::ice ? "Take the ice pack off"
                                                                        : "Take the heat pack off",
                           event.step));
    }
    break;
  case EventKind::step_skipped:
    if (!session::skipped_by_person(event)) {
      lines.push_back(
          line(at, LineKind::skipped,
               "Skipping " + event.title + (event.text.empty() ? std::string() : ": " + event.text),
               event.step));
    }
    break;
  case EventKind::paused:
    lines.push_back(line(at, LineKind::paused,
                         event.text.empty() ? std::string("Paused") : "Paused. " + event.text,
                         event.step));
    break;
  case EventKind::resumed:
    lines.push_back(line(at, LineKind::resumed, "Going on", event.step));
    break;
  case EventKind::session_end:
    lines.push_back(line(at, LineKind::end,
                         session::completed_session(event) ? "Session complete" : "Session ended",
                         0));
    break;
  default:
    break;
  }
  return lines;
}

namespace {

// Collects the narrator's lines, each with the wake-up it came in (see spoken_script).
class Collector final : public session::EventSink {
public:
  explicit Collector(const session::Plan &plan) : m_narrator(plan) {}
  void on_event(const Event &event) override {
    for (auto &made : m_narrator.lines_for(event)) {
      lines.push_back({std::move(made), batch, lines.size()});
    }
  }
  struct Numbered {
    Line line;
    int batch;
    std::size_t sequence;
  };
  std::vector<Numbered> lines;
  int batch = 0;

private:
  Narrator m_narrator;
};

} // namespace

std::vector<Line> spoken_script(const session::Plan &plan) {
  session::VirtualClock clock;
  Collector collector(plan);
  session::Engine engine(plan, clock, collector);
  engine.start();
  while (!engine.finished()) {
    ++collector.batch;
    if (engine.state().waiting) {
      engine.handle(session::Input::confirm);
      continue;
    }
    const auto deadline = engine.next_deadline();
    if (!deadline) {
      break;
    }
    clock.advance_to(*deadline);
    engine.advance();
  }
  auto &lines = collector.lines;
  std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
    if (a.line.at != b.line.at) {
      return a.line.at < b.line.at;
    }
    if (a.batch != b.batch) {
      return a.batch < b.batch;
    }
    const auto pa = priority_of(a.line.kind);
    const auto pb = priority_of(b.line.kind);
    if (pa != pb) {
      return pa == Priority::moment;
    }
    return a.sequence < b.sequence;
  });
  std::vector<Line> script;
  script.reserve(lines.size());
  for (auto &numbered : lines) {
    script.push_back(std::move(numbered.line));
  }
  return script;
}

std::vector<Line> pause_lines(const session::Plan &plan, int step_number) {
  Narrator narrator(plan);
  Event paused;
  paused.kind = EventKind::paused;
  paused.step = step_number;
  for (const auto &planned : plan.steps) {
    if (planned.number == step_number && routine::on_skin(planned.step.kind)) {
      paused.text = std::string(session::skin_pause_text(planned.step.kind));
    }
  }
  Event resumed;
  resumed.kind = EventKind::resumed;
  resumed.step = step_number;
  auto lines = narrator.lines_for(paused);
  auto more = narrator.lines_for(resumed);
  lines.insert(lines.end(), more.begin(), more.end());
  return lines;
}

std::vector<std::string> phrases_of(const session::Plan &plan) {
  std::vector<std::string> phrases;
  std::set<std::string> seen;
  const auto add_text = [&](const std::string &text) {
    if (!text.empty() && seen.insert(text).second) {
      phrases.push_back(text);
    }
  };
  const auto add = [&](const std::vector<Line> &lines) {
    for (const auto &line : lines) {
      add_text(line.text);
      add_text(line.short_text);
    }
  };
  // A hands-free prompt reads the routine's `before` alone (the script, which waits
  // for Enter, adds how to go on), so both forms are rendered.
  const auto add_hands_free_prompts = [&](const session::Plan &p) {
    for (const auto &planned : p.steps) {
      add_text(planned.step.before);
    }
  };
  add(spoken_script(plan));
  add_hands_free_prompts(plan);
  for (const auto &planned : plan.steps) {
    add(pause_lines(plan, planned.number));
    if (!planned.step.alternative.empty()) {
      auto swapped = plan;
      for (auto &other : swapped.steps) {
        if (other.number == planned.number) {
          session::use_alternative(other, "", "");
        }
      }
      add(spoken_script(swapped));
      add_hands_free_prompts(swapped);
    }
  }
  return phrases;
}

} // namespace knead::voice
