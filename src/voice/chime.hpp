#pragma once

#include "session/event.hpp"

#include <optional>
#include <string>

namespace knead::voice {

// The sounds a session makes, each distinct so that it is known with the eyes closed.
enum class Chime {
  step_start,  // two rising notes
  side_switch, // two notes, the second lower
  release,     // a slow falling note
  tick,        // a soft short tick at each circle
  skin,        // three quick high notes: a skin check or the limit of ice or heat
  end,         // three rising notes, held
};

const char *to_string(Chime chime);

// The chime `event` brings, if any.
std::optional<Chime> chime_for(const session::Event &event);

// The chime as a WAV file (voice/wav.hpp), synthesised here: knead ships no sound files.
std::string chime_wav(Chime chime);

} // namespace knead::voice
