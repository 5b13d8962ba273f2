#pragma once

#include "session/clock.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace knead::voice {

// A WAV file of 16-bit mono PCM samples at `rate` per second: the 44-byte header and
// the samples, little-endian. Every player (pw-play, paplay, aplay, play) takes it.
std::string wav_bytes(const std::vector<std::int16_t> &samples, int rate);

// How long the WAV `bytes` plays, from its header (a header whose data length is
// missing or larger than the file counts what is there). Nothing when it is not a
// PCM WAV file.
std::optional<session::Ms> wav_length(const std::string &bytes);

// The same, for the file at `path`; nothing when it cannot be read.
std::optional<session::Ms> wav_file_length(const std::filesystem::path &path);

} // namespace knead::voice
