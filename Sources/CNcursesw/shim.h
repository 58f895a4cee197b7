// ncursesw's wide-character API, made importable by Swift (with CCurl, the only C in shuoshi).
//
// The two defines must come before <ncursesw/curses.h>; without them cchar_t, wget_wch,
// setcchar and mvadd_wch are not declared at all.
#ifndef SHUOSHI_CNCURSESW_SHIM_H
#define SHUOSHI_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>

#include <ncursesw/curses.h>

// Glibc's Swift module hides wcwidth; re-declare it.
int wcwidth(wchar_t c);

// MARK: - Globals (read through functions: Swift 6 rejects unsynchronised C globals)

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }

// MARK: - Macros Swift cannot import

static inline attr_t shim_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t shim_a_normal(void) { return (attr_t)A_NORMAL; }
static inline attr_t shim_a_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t shim_a_reverse(void) { return (attr_t)A_REVERSE; }
static inline attr_t shim_a_underline(void) { return (attr_t)A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return (attr_t)A_DIM; }
static inline int shim_key_f(int n) { return KEY_F(n); }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_err(void) { return ERR; }
static inline int shim_ok(void) { return OK; }
static inline int shim_ccharw_max(void) { return CCHARW_MAX; }

// MARK: - Key codes (plain #defines, but grouped here so Swift code reads one place)

static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_btab(void) { return KEY_BTAB; }
static inline int shim_key_backspace(void) { return KEY_BACKSPACE; }
static inline int shim_key_enter(void) { return KEY_ENTER; }
static inline int shim_key_dc(void) { return KEY_DC; }
static inline int shim_key_ic(void) { return KEY_IC; }
static inline int shim_key_up(void) { return KEY_UP; }
static inline int shim_key_down(void) { return KEY_DOWN; }
static inline int shim_key_left(void) { return KEY_LEFT; }
static inline int shim_key_right(void) { return KEY_RIGHT; }
static inline int shim_key_home(void) { return KEY_HOME; }
static inline int shim_key_end(void) { return KEY_END; }
static inline int shim_key_ppage(void) { return KEY_PPAGE; }
static inline int shim_key_npage(void) { return KEY_NPAGE; }
static inline int shim_key_f0(void) { return KEY_F0; }

// MARK: - Drawing helpers

/// Draws one cell: `count` code points (one spacing character, then non-spacing ones) with
/// attributes and a colour pair at (y, x) of stdscr. Returns ERR only when setcchar rejects
/// the string (the caller then draws a substitute). mvadd_wch's own result is ignored: at
/// the bottom-right corner it reports ERR after placing the character, because the cursor
/// cannot advance, which is harmless.
static inline int shim_put_cell(int y, int x, const wchar_t *chars, int count, attr_t attrs,
                                int pair) {
  wchar_t buf[CCHARW_MAX + 1];
  if (count < 1) return ERR;
  if (count > CCHARW_MAX) count = CCHARW_MAX;
  for (int i = 0; i < count; i++) buf[i] = chars[i];
  buf[count] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, buf, attrs, (short)pair, NULL) == ERR) return ERR;
  (void)mvadd_wch(y, x, &cell);
  return OK;
}

// MARK: - Signals

/// Installs `handler` for `sig` with sigaction, saving the previous action in `old`, so a
/// crash handler can hand over to whatever was there (the default, or Swift's backtracer).
/// Kept in C so Swift never builds a struct sigaction with its handler union.
static inline int shim_install_handler(int sig, void (*handler)(int), struct sigaction *old) {
  struct sigaction sa;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sa.sa_handler = handler;
  return sigaction(sig, &sa, old);
}

/// Puts back an action saved by shim_install_handler.
static inline int shim_restore_handler(int sig, const struct sigaction *old) {
  return sigaction(sig, old, NULL);
}

/// The number of signals (for sizing the saved-actions table).
static inline int shim_nsig(void) { return NSIG; }

// MARK: - Input liveness

/// True when fd has hung up or is invalid (the terminal went away), checked without waiting.
static inline int shim_fd_hung_up(int fd) {
  struct pollfd p = {.fd = fd, .events = POLLIN, .revents = 0};
  if (poll(&p, 1, 0) < 0) return 0;
  return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

#endif
