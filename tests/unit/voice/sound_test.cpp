#include "unit/sandbox.hpp"
#include "voice/chime.hpp"
#include "voice/player.hpp"
#include "voice/wav.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <set>

using namespace knead;
using namespace std::chrono_literals;

TEST_CASE("a WAV file made here is 16-bit mono PCM with a 44-byte header") {
  const auto bytes = voice::wav_bytes(std::vector<std::int16_t>(22'050, 0), 22'050);
  CHECK(bytes.size() == 44 + 44'100);
  CHECK(bytes.substr(0, 4) == "RIFF");
  CHECK(bytes.substr(8, 8) == "WAVEfmt ");
  CHECK(bytes.substr(36, 4) == "data");
  CHECK(voice::wav_length(bytes) == 1000ms);
  CHECK_FALSE(voice::wav_length("not a wav").has_value());
}

TEST_CASE("a WAV file's length is read from the file, and a FIFO in its place is no WAV") {
  const auto dir = test::fresh_folder("wav");
  const auto bytes = voice::wav_bytes(std::vector<std::int16_t>(22'050, 0), 22'050);
  { std::ofstream(dir / "a.wav", std::ios::binary) << bytes; }
  CHECK(voice::wav_file_length(dir / "a.wav") == 1000ms);
  CHECK_FALSE(voice::wav_file_length(dir / "none.wav").has_value());
  // Without the non-blocking open this would wait for a writer for ever.
  REQUIRE(mkfifo((dir / "fifo.wav").c_str(), 0600) == 0);
  CHECK_FALSE(voice::wav_file_length(dir / "fifo.wav").has_value());
  CHECK_FALSE(voice::wav_file_length("/dev/zero").has_value());
}

TEST_CASE("a streamed WAV whose header leaves the length open counts what is there") {
  auto bytes = voice::wav_bytes(std::vector<std::int16_t>(11'025, 0), 22'050);
  bytes[40] = bytes[41] = bytes[42] = bytes[43] = '\xff';
  CHECK(voice::wav_length(bytes) == 500ms);
}

TEST_CASE("every chime is its own sound, short, and the tick the shortest") {
  std::set<std::string> distinct;
  std::optional<session::Ms> tick;
  for (const auto chime :
       {voice::Chime::step_start, voice::Chime::side_switch, voice::Chime::release,
        voice::Chime::tick, voice::Chime::skin, voice::Chime::end}) {
    const auto wav = voice::chime_wav(chime);
    distinct.insert(wav);
    const auto length = voice::wav_length(wav);
    REQUIRE(length.has_value());
    CHECK(*length <= 1500ms);
    if (chime == voice::Chime::tick) {
      tick = length;
    } else {
      CHECK(*length > 100ms);
    }
  }
  CHECK(distinct.size() == 6);
  CHECK(tick <= 50ms);
}

TEST_CASE("the events that chime: step start, switch, release, each circle, skin, the end") {
  session::Event event;
  for (const auto &[kind, chime] : std::vector<std::pair<session::EventKind, const char *>>{
           {session::EventKind::step_start, "step_start"},
           {session::EventKind::side_switch, "side_switch"},
           {session::EventKind::release, "release"},
           {session::EventKind::rep, "tick"},
           {session::EventKind::skin_check, "skin"},
           {session::EventKind::session_end, "end"}}) {
    event.kind = kind;
    REQUIRE(voice::chime_for(event).has_value());
    CHECK(std::string(voice::to_string(*voice::chime_for(event))) == chime);
  }
  event.kind = session::EventKind::hold;
  CHECK_FALSE(voice::chime_for(event).has_value());
}

TEST_CASE("the player is the first of pw-play, paplay, aplay and play") {
  CHECK(voice::choose_player([](const std::string &) { return true; }) == "pw-play");
  CHECK(voice::choose_player([](const std::string &p) { return p != "pw-play"; }) == "paplay");
  CHECK(voice::choose_player([](const std::string &p) { return p == "aplay" || p == "play"; }) ==
        "aplay");
  CHECK(voice::choose_player([](const std::string &p) { return p == "play"; }) == "play");
  CHECK_FALSE(voice::choose_player([](const std::string &) { return false; }).has_value());
  CHECK(voice::play_argv("aplay", "/f.wav") == std::vector<std::string>{"aplay", "-q", "/f.wav"});
  CHECK(voice::play_argv("pw-play", "/f.wav") == std::vector<std::string>{"pw-play", "/f.wav"});
}

TEST_CASE("the speech command is a template: {text} and {wav} filled in, nothing else") {
  CHECK(voice::fill_template(voice::default_render_command(), "-rf {wav}", "/r/a.wav") ==
        std::vector<std::string>{"espeak-ng", "-w", "/r/a.wav", "--", "-rf {wav}"});
  CHECK(voice::parse_sound_mode("auto") == voice::SoundMode::automatic);
  CHECK(voice::parse_sound_mode("off") == voice::SoundMode::off);
  CHECK_FALSE(voice::parse_sound_mode("loud").has_value());
}
