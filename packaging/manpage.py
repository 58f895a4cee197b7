#!/usr/bin/env python3
"""Writes shuoshi.1 (man(7) roff) from `shuoshi --experimental-dump-help`, so the man page is
generated from the same command-line definitions as `shuoshi --help` and cannot drift."""
import json
import subprocess
import sys

binary, version, date = sys.argv[1], sys.argv[2], sys.argv[3]
info = json.loads(subprocess.check_output([binary, "--experimental-dump-help"]))["command"]


def esc(text):
    text = (text or "").replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + l if l.startswith((".", "'")) else l) for l in text.splitlines())


def option_line(arg):
    names = ", ".join(("--" if n["kind"] == "long" else "-") + n["name"] for n in arg.get("names", []))
    if arg["kind"] == "positional":
        names = "<" + arg.get("valueName", "value") + ">"
    elif arg["kind"] == "option":
        names += " <" + arg.get("valueName", "value") + ">"
    return names


def arguments(args, out):
    for arg in args:
        if not arg.get("shouldDisplay", True):
            continue
        out.append(".TP")
        out.append("\\fB" + esc(option_line(arg)) + "\\fR")
        out.append(esc(arg.get("abstract", "")))


out = [
    '.TH SHUOSHI 1 "%s" "shuoshi %s" "User Commands"' % (date, version),
    ".SH NAME",
    "shuoshi \\- " + esc(info.get("abstract", "")),
    ".SH SYNOPSIS",
    ".B shuoshi",
    "[\\fIoptions\\fR] [\\fIsubcommand\\fR] ...",
    ".SH DESCRIPTION",
    esc(info.get("discussion", "")),
    ".SH OPTIONS",
]
arguments(info.get("arguments", []), out)
out.append(".SH SUBCOMMANDS")


def walk(cmd, prefix):
    for sub in cmd.get("subcommands", []):
        if not sub.get("shouldDisplay", True) or sub["commandName"] == "help":
            continue
        name = prefix + [sub["commandName"]]
        out.append(".SS " + esc(" ".join(name)))
        out.append(esc(sub.get("abstract", "")))
        if sub.get("discussion"):
            out.append(".PP")
            out.append(esc(sub["discussion"]))
        own = [a for a in sub.get("arguments", []) if a.get("shouldDisplay", True)]
        if own:
            out.append(".RS")
            arguments(own, out)
            out.append(".RE")
        walk(sub, name)


walk(info, ["shuoshi"])
out += [
    ".SH FILES",
    ".TP",
    "\\fI$XDG_DATA_HOME/shuoshi/shuoshi.db\\fR",
    "The case database (event log and projection); override with \\-\\-data or $SHUOSHI_DATA.",
    ".TP",
    "\\fI$XDG_CONFIG_HOME/shuoshi/config.yaml\\fR",
    "Operator, site code, unit, booth phone (written by shuoshi init). Files under",
    "\\fI$XDG_CONFIG_HOME/shuoshi/data\\fR and \\fI.../themes\\fR override the shipped ones.",
    ".TP",
    "\\fI/usr/share/shuoshi\\fR",
    "Routing rules, working-day calendars, key bindings and themes.",
    ".SH ENVIRONMENT",
    "SHUOSHI_DATA, SHUOSHI_PASSPHRASE, NO_COLOR, LANG (an English LANG selects English messages).",
    ".SH EXIT STATUS",
    "0 success; 2 bad arguments; 3 case not found; 4 refused by the case rules; 5 not a shuoshi",
    "database or damaged; 6 cannot write (disk full, read-only); 7 bad configuration file.",
]
sys.stdout.write("\n".join(out) + "\n")
