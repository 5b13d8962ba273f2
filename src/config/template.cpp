#include "config/template.hpp"

namespace knead::config {

std::string config_template() {
  return R"(# knead's settings. Uncomment a line to change it; a command-line option
# overrides the file (--no-voice, --bell, ...). 'knead config' shows what is in
# effect and where each value came from.

# Speak the guidance: where and how to press, the phases, the cues (--voice).
# voice = false

# The speech command, as a list of arguments: no shell sees it. {text} is the
# words to say, {rate} the speed below, {wav} a file to write the speech to.
# Without it, knead uses espeak-ng, else spd-say.
# voice_command = ["espeak-ng", "-s", "{rate}", "--", "{text}"]

# Speed of speech, in words per minute (80 to 450).
# voice_rate = 175

# Sounds at step start, side switch, release and the end: "auto", "chime",
# "bell" or "off".
# sound = "auto"

# The terminal bell, when it is the sound used (--no-bell turns it off).
# bell = true

# A desktop notification at each step and at the end (--notify).
# notify = false

# Let 'before' prompts go on by themselves after ten seconds, said aloud ("Ready?
# Starting in ten seconds."), so that a whole session runs without a key; a key
# still starts them sooner (--hands-free).
# hands_free = false

# The routine 'knead run' runs when none is named: an id or a file.
# routine = "lower-back"

# Colour on the live screen: "auto", "always" or "never" (--color).
# color = "auto"

# The terminal a reminder's "Start now" opens 'knead run ROUTINE' in, as a list of
# arguments ('knead run ROUTINE' is added after them).
# terminal = ["x-terminal-emulator", "-e"]

# The get-ready before each side of a pressing step, to find the point: from
# "0s" (none) to "1m". A routine's own ready (or a step's) wins over this one.
# ready = "5s"
)";
}

} // namespace knead::config
