#pragma once

#include <array>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

// Where a value was written: 1-based line and column, 0 when it has no source
// (a built-in default, a value made in code).
struct SourcePosition {
  int line = 0;
  int column = 0;
};

// Where each key's value stood, by key name ("hold" -> 14:9), so later checks can
// point at the exact value. Keys that were not written are absent.
using KeyPositions = std::map<std::string, SourcePosition, std::less<>>;

// The position of `key` in `positions`, or `fallback` when the key was not written.
SourcePosition position_of(const KeyPositions &positions, std::string_view key,
                           SourcePosition fallback);

enum class StepKind {
  press, // press and hold a point or muscle
  reps,  // a counted sequence: `reps` repetitions of `rep` each (small circles)
  roll,  // roll a ball over an area for `hold`
  ice,   // cold pack wrapped in a towel for `hold`
  heat,  // warm pack or hot-water bottle wrapped in a towel for `hold`
  rest,  // lie still for `hold`
};

// How each StepKind is written in a routine file, in enum order.
inline constexpr std::array<std::string_view, 6> k_step_kind_names = {"press", "reps", "roll",
                                                                      "ice",   "heat", "rest"};

// Whether a step of `kind` presses on the body (press, reps, roll); ice, heat and rest
// press nothing.
inline bool presses(StepKind kind) {
  return kind == StepKind::press || kind == StepKind::reps || kind == StepKind::roll;
}

// Whether a step of `kind` puts cold or heat on the skin (ice, heat): such steps are
// held to `k_skin_limit` and remind the person to check the skin.
inline bool on_skin(StepKind kind) {
  return kind == StepKind::ice || kind == StepKind::heat;
}

// The most cold or heat may stay on the skin in one step, pauses included (NHS trust
// guidance: never over 20 minutes). `knead check` refuses longer steps and the session
// ends a step there.
inline constexpr std::chrono::minutes k_skin_limit{20};

enum class Sides {
  together,        // both sides at once (both thumbs)
  left_then_right, // the step runs twice, left side first, with a switch cue
  none,            // on the midline or not sided
};

// How long a pressing step gets ready before each side (finding the point, settling
// the hands) when neither the step, the routine nor the configuration says.
inline constexpr std::chrono::seconds k_default_ready{5};
// The longest get-ready a routine or the configuration may ask for: it is a pause to
// find the point, not a rest.
inline constexpr std::chrono::seconds k_max_ready{60};

// Which side a phase works on; `both` for `Sides::together` and `Sides::none`.
enum class Side { both, left, right };

// One step of a routine, as written. Durations are already parsed; `*_at` fields keep
// where each value stood so later checks (screening, the validator) can point at it.
struct Step {
  std::string title;
  StepKind kind = StepKind::press;
  std::vector<std::string> regions; // known region ids such as "lower-back", in the order written
  std::string point;                // a catalog code such as "BL40", or empty
  std::string where;                // location in words (inherited from the point when empty)
  std::string how;                  // technique in words
  std::string before;               // a prompt that waits for the person before the step starts
  // The get-ready before each side of a pressing step: the step's `ready`, else the
  // routine's; unset when neither says, and then the library that loads the routine
  // gives it the configuration's or k_default_ready (apply_default_ready). Unset, as
  // in a step made in code, it is none. Steps that press nothing have none.
  std::optional<std::chrono::seconds> ready;
  std::chrono::seconds press{0};   // pressing in / finding the point, per side
  std::chrono::seconds hold{0};    // holding (press, roll, ice, rest), per side
  std::chrono::seconds release{0}; // gradual release, per side
  Sides sides = Sides::together;
  int reps = 0;                  // repetitions, for kind = reps
  std::chrono::seconds rep{0};   // one repetition, for kind = reps
  std::vector<std::string> cues; // extra words spoken / shown at the start of the hold

  SourcePosition position;                      // of the [[step]] table
  KeyPositions positions;                       // of each value written in the table
  std::vector<SourcePosition> region_positions; // of each entry of `region`, when written

  // The step to run instead when this one is not safe for the person (heat for ice):
  // empty, or one step with no alternative of its own. A vector because a struct
  // cannot hold an optional of itself; screening swaps it in (session::use_alternative).
  std::vector<Step> alternative;
};

// Whether `step` works on `region` (one of its regions).
bool touches(const Step &step, std::string_view region);

// What a "yes" to a routine's own question does. The names (to_string) are the
// `effect` values of a routine file.
enum class QuestionEffect { stop, skip, caution, advice };

// A routine-specific screening question (`[[question]]`); its effect is applied by
// the screening module like the built-in bank's.
struct Question {
  std::string id;
  std::string text;
  QuestionEffect effect = QuestionEffect::advice;
  std::vector<std::string> skip_regions; // for effect = "skip"
  std::vector<std::string> skip_points;  // for effect = "skip"
  std::vector<std::string> skip_kinds;   // for effect = "skip": "ice", "roll", …
  std::string message;                   // shown when answered yes (caution / advice wording)
  // For effect = "skip": the answer that skips (`skip_on = "no"`, a consult-first gate
  // such as "Has a health professional said it is fine to press here?").
  bool skip_on_no = false;
  SourcePosition position; // of the [[question]] table
  KeyPositions positions;  // of each value written in the table
};

enum class Origin { builtin, system, user, file };

struct Routine {
  std::string id; // file name without ".toml"
  std::string title;
  std::string summary;
  std::string source; // attribution of the article it comes from
  // The routine's `ready`, already given to each step that does not set its own.
  std::optional<std::chrono::seconds> ready;
  std::vector<Step> steps;
  std::vector<Question> questions;

  Origin origin = Origin::file;
  std::string path;       // file it was read from ("builtin:lower-back" for built-ins)
  std::string content;    // the raw text, for hashing into the history
  KeyPositions positions; // of each top-level value (title, summary, source)
};

const char *to_string(StepKind kind);
const char *to_string(Sides sides);
const char *to_string(Side side);
const char *to_string(Origin origin);
const char *to_string(QuestionEffect effect);
// The effect a routine file names (`effect = "skip"`); std::nullopt for any other word.
std::optional<QuestionEffect> parse_question_effect(std::string_view name);

} // namespace knead::routine
