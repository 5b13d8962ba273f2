#pragma once

#include <string>
#include <vector>

namespace knead::screening {

// What a "yes" does. The names (to_string) are the `effect` field of
// `knead questions --json`: part of the scripting contract.
enum class Effect {
  stop_emergency,      // red flag: seek emergency care now
  stop_urgent,         // see a doctor today, no self-treatment
  stop_maternity,      // pregnant with urgent signs: contact the midwife or maternity unit now
  stop_unless_cleared, // stop unless its follow-up (`clears`) is also "yes"
  stop_wait,           // temporarily ill (a cold): wait until better
  clears,              // a follow-up: "yes" turns its parent's stop into a caution
  caution,             // a reminder shown just before the affected steps
  skip,                // drops the affected steps from the plan
  advice,              // shown before the session; the session still runs
  stop,                // a routine's own `effect = "stop"` question
};

// Which steps a skip question drops.
enum class SkipKind {
  none,          // not a skip question
  region,        // steps in `region` (skin_<region>)
  pregnancy,     // steps on points or regions flagged for pregnancy, and every step on the legs
  cold_allergy,  // ice steps: their heat alternative runs instead, or they are skipped
  cold_and_heat, // steps of kind ice or heat
  listed,        // a routine's own: steps in `skip_regions`, on `skip_points`, of `skip_kinds`
};

// One screening question as it is asked, with everything needed to explain it and
// to apply its answer.
struct Question {
  std::string id;   // part of the answers-file contract, never renamed
  std::string text; // the question, ending in '?'
  Effect effect = Effect::advice;
  SkipKind skips = SkipKind::none;
  std::string follows; // asked only after a "yes" to this id (a follow-up)
  std::string message; // what a "yes" leads to, in words (caution, advice, stop reason)
  std::string why;     // why it is asked ("?" at the prompt, docs, --json)
  std::string source;  // where the rule comes from
  std::string region;  // for SkipKind::region
  std::vector<std::string> skip_regions; // for SkipKind::listed
  std::vector<std::string> skip_points;  // for SkipKind::listed
  std::vector<std::string> skip_kinds;   // for SkipKind::listed: "ice", "roll", …
  bool from_routine = false;             // a routine's own `[[question]]`
  bool skips_on_no = false; // for SkipKind::listed: a "no" skips (a consult-first gate)
  std::string group;        // the group it is asked in (groups.hpp), or empty
  std::string sign;         // its line in the group's list: "chest pain as well as the back pain"
  std::string region_words; // for SkipKind::region: "your lower back"
};

const char *to_string(Effect effect);

} // namespace knead::screening
