/* The floor the live screen's CPU is compared with: the least a program can do that
 * shows a countdown, i.e. wake once a second on an absolute deadline and write one
 * full frame (every cell of a COLUMNS x ROWS terminal, block characters for the big
 * digits, in one write). Nothing is parsed, laid out or measured.
 *   knead_floor_screen COLUMNS ROWS SECONDS
 * bench/run.sh runs it in a tmux pane of the live screen's size and samples its CPU
 * the way it samples knead's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc != 4) {
    fputs("usage: knead_floor_screen COLUMNS ROWS SECONDS\n", stderr);
    return 2;
  }
  const int columns = atoi(argv[1]);
  const int rows = atoi(argv[2]);
  const int seconds = atoi(argv[3]);
  if (columns <= 0 || rows <= 0 || seconds <= 0) {
    fputs("knead_floor_screen: COLUMNS, ROWS and SECONDS must be positive\n", stderr);
    return 2;
  }
  /* At most 3 bytes a cell (the UTF-8 of a block) plus each row's "\033[K\r\n". */
  const size_t size = (size_t)rows * ((size_t)columns * 3 + 8) + 16;
  char *frame = malloc(size);
  if (frame == NULL) {
    return 1;
  }
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  for (int tick = 0; tick < seconds; ++tick) {
    size_t length = 0;
    memcpy(frame, "\033[H", 3);
    length += 3;
    for (int row = 0; row < rows; ++row) {
      for (int column = 0; column < columns; ++column) {
        /* The digits of the remaining seconds change the pattern every tick. */
        if ((column / 4 + row + tick) % 3 == 0) {
          memcpy(frame + length, "\xe2\x96\x88", 3);
          length += 3;
        } else {
          frame[length++] = ' ';
        }
      }
      memcpy(frame + length, row + 1 < rows ? "\033[K\r\n" : "\033[K", row + 1 < rows ? 5 : 3);
      length += row + 1 < rows ? 5 : 3;
    }
    if (write(STDOUT_FILENO, frame, length) < 0) {
      return 1;
    }
    deadline.tv_sec += 1;
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL) != 0) {
    }
  }
  free(frame);
  return 0;
}
