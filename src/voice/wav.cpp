#include "voice/wav.hpp"

#include "util/small_file.hpp"

namespace knead::voice {

namespace {

void put16(std::string &out, std::uint32_t value) {
  out += static_cast<char>(value & 0xffU);
  out += static_cast<char>((value >> 8U) & 0xffU);
}

void put32(std::string &out, std::uint32_t value) {
  put16(out, value & 0xffffU);
  put16(out, value >> 16U);
}

std::uint32_t get(const std::string &bytes, std::size_t at, int width) {
  std::uint32_t value = 0;
  for (int i = width - 1; i >= 0; --i) {
    value = (value << 8U) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  }
  return value;
}

} // namespace

std::string wav_bytes(const std::vector<std::int16_t> &samples, int rate) {
  const auto data = static_cast<std::uint32_t>(samples.size() * 2);
  const auto sample_rate = static_cast<std::uint32_t>(rate);
  std::string out;
  out.reserve(44 + data);
  out += "RIFF";
  put32(out, 36 + data);
  out += "WAVEfmt ";
  put32(out, 16);              // the fmt chunk's length
  put16(out, 1);               // PCM
  put16(out, 1);               // mono
  put32(out, sample_rate);     // samples per second
  put32(out, sample_rate * 2); // bytes per second
  put16(out, 2);               // bytes per sample
  put16(out, 16);              // bits per sample
  out += "data";
  put32(out, data);
  for (const auto sample : samples) {
    put16(out, static_cast<std::uint16_t>(sample));
  }
  return out;
}

std::optional<session::Ms> wav_length(const std::string &bytes) {
  if (bytes.size() < 12 || bytes.compare(0, 4, "RIFF") != 0 || bytes.compare(8, 4, "WAVE") != 0) {
    return std::nullopt;
  }
  std::uint32_t byte_rate = 0;
  std::size_t at = 12;
  while (at + 8 <= bytes.size()) {
    const auto id = bytes.substr(at, 4);
    const std::size_t size = get(bytes, at + 4, 4);
    const std::size_t body = at + 8;
    if (id == "fmt " && body + 16 <= bytes.size()) {
      if (get(bytes, body, 2) != 1) {
        return std::nullopt; // not PCM
      }
      byte_rate = get(bytes, body + 8, 4);
    } else if (id == "data") {
      if (byte_rate == 0) {
        return std::nullopt;
      }
      // A writer that streams leaves the length unknown (0 or 0xFFFFFFFF): count what
      // is there.
      const std::size_t present = bytes.size() - body;
      const std::size_t data = size == 0 || size > present ? present : size;
      return session::Ms{static_cast<session::Ms::rep>(data * 1000 / byte_rate)};
    }
    at = body + size + (size % 2);
  }
  return std::nullopt;
}

std::optional<session::Ms> wav_file_length(const std::filesystem::path &path) {
  // A phrase is a few hundred kilobytes. Read without blocking and capped, so a FIFO
  // or a device in the speech cache cannot hang or swell the session.
  constexpr std::size_t k_max_wav_bytes = std::size_t{32} * 1024 * 1024;
  const auto read = files::read_small_file(path, k_max_wav_bytes);
  if (!read.text) {
    return std::nullopt;
  }
  return wav_length(*read.text);
}

} // namespace knead::voice
