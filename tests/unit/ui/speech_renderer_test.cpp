#include "ui/speech_renderer.hpp"
#include "voice/wav.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace knead;
using namespace std::chrono_literals;

TEST_CASE("phrases are rendered ahead on their own thread, and a later session reuses them") {
  const auto folder = std::filesystem::current_path() / "sounds";
  std::filesystem::create_directories(folder);
  const auto source = folder / "half-a-second.wav";
  {
    std::ofstream out(source, std::ios::binary);
    out << voice::wav_bytes(std::vector<std::int16_t>(11'025, 0), 22'050);
  }
  // A speech command by argv: "{wav}" is where it writes, "{text}" what it says.
  const std::vector<std::string> command{
      "sh", "-c", "cp \"$1\" \"$2\"", "sh", source.string(), "{wav}", "{text}"};
  {
    ui::SpeechRenderer renderer(folder, command);
    CHECK_FALSE(renderer.find("Release slowly").has_value());
    renderer.render({"Release slowly", "Halfway", "Release slowly"});
    REQUIRE(renderer.wait_idle(10s));
    const auto rendered = renderer.find("Release slowly");
    REQUIRE(rendered.has_value());
    CHECK(rendered->length == 500ms);
    CHECK(std::filesystem::exists(rendered->path));
    CHECK(renderer.find("Halfway").has_value());
    CHECK(renderer.waiting() == 0);
  }
  // The next session finds the file without running the command (which would fail
  // now that its source is gone).
  std::filesystem::remove(source);
  ui::SpeechRenderer again(folder, command);
  again.render({"Halfway", "Never said before"});
  REQUIRE(again.wait_idle(10s));
  CHECK(again.find("Halfway").has_value());
  CHECK_FALSE(again.find("Never said before").has_value()); // failed: not found
}
