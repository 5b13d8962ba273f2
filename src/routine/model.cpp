#include "routine/model.hpp"

#include <algorithm>
#include <array>

namespace knead::routine {

SourcePosition position_of(const KeyPositions &positions, std::string_view key,
                           SourcePosition fallback) {
  const auto found = positions.find(key);
  return found == positions.end() ? fallback : found->second;
}

bool touches(const Step &step, std::string_view region) {
  return std::find(step.regions.begin(), step.regions.end(), region) != step.regions.end();
}

const char *to_string(StepKind kind) {
  switch (kind) {
  case StepKind::press:
    return "press";
  case StepKind::reps:
    return "reps";
  case StepKind::roll:
    return "roll";
  case StepKind::ice:
    return "ice";
  case StepKind::heat:
    return "heat";
  case StepKind::rest:
    return "rest";
  }
  return "press";
}

const char *to_string(Sides sides) {
  switch (sides) {
  case Sides::together:
    return "together";
  case Sides::left_then_right:
    return "left-then-right";
  case Sides::none:
    return "none";
  }
  return "together";
}

const char *to_string(Side side) {
  switch (side) {
  case Side::both:
    return "both";
  case Side::left:
    return "left";
  case Side::right:
    return "right";
  }
  return "both";
}

const char *to_string(Origin origin) {
  switch (origin) {
  case Origin::builtin:
    return "built-in";
  case Origin::system:
    return "system";
  case Origin::user:
    return "user";
  case Origin::file:
    return "file";
  }
  return "file";
}

namespace {
constexpr std::array k_question_effects = {QuestionEffect::stop, QuestionEffect::skip,
                                           QuestionEffect::caution, QuestionEffect::advice};
} // namespace

const char *to_string(QuestionEffect effect) {
  switch (effect) {
  case QuestionEffect::stop:
    return "stop";
  case QuestionEffect::skip:
    return "skip";
  case QuestionEffect::caution:
    return "caution";
  case QuestionEffect::advice:
    return "advice";
  }
  return "advice";
}

std::optional<QuestionEffect> parse_question_effect(std::string_view name) {
  for (const auto effect : k_question_effects) {
    if (name == to_string(effect)) {
      return effect;
    }
  }
  return std::nullopt;
}

} // namespace knead::routine
