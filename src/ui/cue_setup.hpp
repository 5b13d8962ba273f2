#pragma once

#include "session/plan.hpp"
#include "ui/cues.hpp"
#include "ui/speech_renderer.hpp"
#include "util/output.hpp"

#include <memory>

namespace knead::ui {

// What the cues need that looks at the machine or takes time: the sound player on
// PATH, the chimes written as WAV files into the private sound folder, the speech
// program, and the phrases being rendered ahead.
struct PreparedCues {
  CueSetup setup; // `rendered` is filled in by run_session from `renderer`
  std::unique_ptr<SpeechRenderer> renderer;
};

// Finds the player (pw-play, paplay, aplay, play) and the speaker, writes the chimes
// (for --sound auto and chime) and starts rendering every phrase of `plan` (with
// --voice, espeak-ng and a player): called before the safety questions, so the
// phrases are ready by the time the session starts. When the sound folder cannot be
// made the chimes fall back to the bell and speech to the speaker, with one warning
// when --voice or --sound chime asked for them.
std::unique_ptr<PreparedCues> prepare_cues(const CueOptions &options, const session::Plan &plan,
                                           const WarningSink &warn);

} // namespace knead::ui
