#include "routine/scaffold.hpp"

#include "knead_version.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::routine {
namespace {

constexpr std::string_view k_template = R"(#:schema file://{schema}
# A knead routine. Check it with: knead check {path_hint}
# Every key is described in `man 5 knead-routine`; lines starting with # are comments.

title   = "{title}"
summary = "What this routine is for, in one sentence."
# source = "Where it comes from: an article, a therapist, your own experience"

# Each [[step]] is one thing to do; steps run in the order written.
[[step]]
title   = "Paraspinal muscles"
region  = "lower-back"   # shoulders, upper-back, lower-back, abdomen, hips, buttocks, legs, feet, hands
                         # (a step on several: region = ["lower-back", "hips"])
where   = "Both sides of the spine, just above the hip bones"
how     = "Press down and inward with both thumbs toward the muscle's centre. Hold firmly."
press   = "10s"          # finding the spot and pressing in (0s to 10m)
hold    = "2m"           # durations: "90s", "2m", "1m30s", "1h"; a hold lasts 1s to 2h
release = "30s"          # letting go gradually (0s to 10m)
sides   = "together"     # together | left-then-right | none
# before = "Lie on your back with your knees bent."

# A counted step: small slow circles on a point from 'knead points'.
[[step]]
title = "Back of the knee"
kind  = "reps"           # press | reps | roll | ice | heat | rest
point = "BL40"           # "where" and "region" come from the point when left out
how   = "Small slow circles with light pressure."
reps  = 5                # how many circles
rep   = "6s"             # how long one circle takes
sides = "left-then-right"

# Ice or heat (at most 20 minutes on the skin), and a step to run instead when it is
# not safe for the person ([step.alternative] right after its step):
# [[step]]
# title  = "Ice"
# kind   = "ice"
# region = ["lower-back", "hips"]
# before = "Wrap an ice pack in a thin towel."
# hold   = "15m"
# sides  = "none"
# [step.alternative]
# title  = "Heat"
# kind   = "heat"
# before = "Wrap a hot-water bottle or a heat pack in a towel: warm, not hot."
# hold   = "15m"
# sides  = "none"

# A routine may ask its own yes/no safety question before the session:
# [[question]]
# id      = "recent_surgery"
# text    = "Have you had surgery on your back in the last three months?"
# effect  = "stop"       # stop | skip | caution | advice
# message = "Ask your surgeon before pressing on a healing back."
)";

} // namespace

bool is_routine_id(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '-') {
    return false;
  }
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string scaffold_routine(std::string_view id, std::string_view schema) {
  // "evening-back" -> "Evening back": a starting title the person will change.
  std::string title(id);
  std::replace(title.begin(), title.end(), '-', ' ');
  if (!title.empty() && title.front() >= 'a' && title.front() <= 'z') {
    title.front() = static_cast<char>(title.front() - 'a' + 'A');
  }
  return fmt::format(k_template, fmt::arg("schema", schema), fmt::arg("path_hint", id),
                     fmt::arg("title", title));
}

std::string installed_schema_path() {
  return std::string(KNEAD_INSTALL_DATADIR) + "/knead/routine.schema.json";
}

std::string copied_routine(std::string_view text, std::string_view from_id,
                           std::string_view from_path) {
  // The source path goes into a comment: keep it on one line and in ASCII, whatever
  // its bytes.
  return fmt::format("# Copied from {} ({}) by knead new.\n{}", from_id,
                     Text(Untrusted(from_path)).in(Charset::ascii).utf8(), text);
}

} // namespace knead::routine
