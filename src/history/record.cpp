#include "history/record.hpp"

#include <array>

namespace knead::history {

const char *to_string(SessionOutcome outcome) {
  switch (outcome) {
  case SessionOutcome::running:
    return "running";
  case SessionOutcome::completed:
    return "completed";
  case SessionOutcome::partial:
    return "partial";
  case SessionOutcome::quit:
    return "quit";
  case SessionOutcome::stopped:
    return "stopped";
  case SessionOutcome::interrupted:
    return "interrupted";
  case SessionOutcome::abandoned:
    return "abandoned";
  case SessionOutcome::unknown:
    return "unknown";
  }
  return "unknown";
}

std::optional<SessionOutcome> parse_stored_outcome(std::string_view word) {
  constexpr std::array k_stored = {SessionOutcome::running, SessionOutcome::completed,
                                   SessionOutcome::partial, SessionOutcome::quit,
                                   SessionOutcome::stopped, SessionOutcome::interrupted};
  for (const auto outcome : k_stored) {
    if (word == to_string(outcome)) {
      return outcome;
    }
  }
  return std::nullopt;
}

SessionOutcome recorded_outcome(session::Outcome outcome, int working_s, int planned_s) {
  switch (outcome) {
  case session::Outcome::completed:
    // Compared as whole seconds doubled, so "half" needs no rounding.
    return 2L * working_s >= planned_s ? SessionOutcome::completed : SessionOutcome::partial;
  case session::Outcome::quit:
    return SessionOutcome::quit;
  case session::Outcome::stopped:
    return SessionOutcome::stopped;
  case session::Outcome::interrupted:
    return SessionOutcome::interrupted;
  }
  return SessionOutcome::interrupted;
}

bool counts(const SessionRecord &session) {
  return session.outcome == SessionOutcome::completed && session.speed == 1.0;
}

} // namespace knead::history
