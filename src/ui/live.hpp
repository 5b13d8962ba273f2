#pragma once

#include "session/plan.hpp"
#include "ui/screen.hpp"

#include <string>
#include <vector>

namespace knead::ui {

// The ScreenModel for where the session stands: sanitised routine text of the
// current and next step, its cautions, pressure guidance and, for ice and heat, the
// time on the skin. Pure. `previous`, the model drawn last,
// lends its texts when it shows the same steps: the screen is drawn every second,
// while the texts change once a step.
ScreenModel make_screen_model(const session::Plan &plan, const session::EngineState &state,
                              Overlay overlay, bool lead_in, const ScreenModel *previous = nullptr);

// How the current phase looks on screen: press, hold, release, circles, or for the
// hold of an ice, heat or rest step that step's kind; the prompt and the end.
Stage stage_of(const session::EngineState &state, routine::StepKind kind);

// `line` as the bytes the live screen writes for it (before moving the cursor): in
// `charset`, with colour escapes for its tone and hue when `color`. Pure.
std::string styled_line(const ScreenLine &line, bool color, Charset charset);

// The live display on a terminal: the alternate screen with the cursor hidden while
// it lives, and only lines that changed rewritten on each draw. The destructor (and
// suspend) show the cursor and leave the alternate screen. `color` and `charset` are
// the Output's (util/output.hpp).
class LiveScreen {
public:
  LiveScreen(int fd, bool color, Charset charset);
  LiveScreen(const LiveScreen &) = delete;
  LiveScreen &operator=(const LiveScreen &) = delete;
  LiveScreen(LiveScreen &&) = delete;
  LiveScreen &operator=(LiveScreen &&) = delete;
  ~LiveScreen();

  void draw(const std::vector<ScreenLine> &lines);
  // Forgets what is on screen, so the next draw repaints everything (resize, fg).
  void invalidate();
  void suspend();
  void resume();
  [[nodiscard]] Charset charset() const { return m_charset; }

private:
  [[nodiscard]] std::string styled(const ScreenLine &line) const;

  int m_fd;
  bool m_color;
  Charset m_charset;
  bool m_active = false;
  std::vector<ScreenLine> m_shown;
};

} // namespace knead::ui
