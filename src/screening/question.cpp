#include "screening/question.hpp"

namespace knead::screening {

const char *to_string(Effect effect) {
  switch (effect) {
  case Effect::stop_emergency:
    return "stop-emergency";
  case Effect::stop_urgent:
    return "stop-urgent";
  case Effect::stop_maternity:
    return "stop-maternity";
  case Effect::stop_unless_cleared:
    return "stop-unless-cleared";
  case Effect::stop_wait:
    return "stop-wait";
  case Effect::clears:
    return "clears";
  case Effect::caution:
    return "caution";
  case Effect::skip:
    return "skip";
  case Effect::advice:
    return "advice";
  case Effect::stop:
    return "stop";
  }
  return "advice";
}

} // namespace knead::screening
