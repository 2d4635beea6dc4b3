#!/usr/bin/env python3
"""Fill the unfinished messages of a Qt Linguist .ts file from a JSON list.

After `cmake --build <build> --target update_translations` adds new tr() strings:

  scripts/ts_fill.py todo translations/alam_ar.ts > new.json   # the unfinished messages
  # write each "translation" in new.json (a list of forms for numerus messages; a text
  # lupdate guessed from the same source in another context is already there to review)
  scripts/ts_fill.py apply translations/alam_ar.ts new.json   # fill them in
  scripts/ts_fill.py check translations/alam_ar.ts            # exit 1 if any is left

`apply --replace` also overwrites finished translations (to revise wording).
`english-plurals translations/alam_en.ts` writes the two English forms of each unfinished
"%n thing(s)" message (thing / things); other numerus messages are listed to write by hand.

An entry is {"context": ..., "source": ..., "translation": "..." or ["...", ...]}; without
"context" it fills that source in every context. A translation whose %1..%99 placeholders
differ from its source's is refused (numerus forms may spell out %n only in the forms for a
single number, e.g. Arabic's zero, one and two). The file is written the way lupdate writes
it, so running lupdate afterwards changes nothing.
"""

import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# Forms of a numerus message that stand for one number each, by language; only these may
# leave out %n ("اقتراحان" says two by itself).
SINGLE_NUMBER_FORMS = {"ar": 3, "en": 1}


def placeholders(text, numbered_only=False):
    found = {m.group(1) for m in PLACEHOLDER.finditer(text)}
    return {p for p in found if p != "n"} if numbered_only else found


def placeholder_problems(source, forms, language):
    """Returns a message for each form whose placeholders do not match the source."""
    problems = []
    wanted = placeholders(source)
    for index, form in enumerate(forms):
        if not form.strip():
            problems.append(f"form {index} is empty")
            continue
        got = placeholders(form)
        may_drop_n = len(forms) > 1 and index < SINGLE_NUMBER_FORMS.get(language, 0)
        if may_drop_n and "n" in wanted:
            got = got | {"n"}
        if got != wanted:
            problems.append(f"form {index} has {sorted(got)}, source has {sorted(wanted)}")
    return problems


def load(path):
    return ET.parse(path).getroot()


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def translation_forms(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def is_unfinished(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def escape(text):
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\t\r":
            out.append(f"<byte value=\"x{ord(ch):x}\"/>")
        else:
            out.append(ch)
    return "".join(out)


def write(root, path):
    """Writes the file in lupdate's own layout (what lupdate -locations none produces)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
    lines.append(f"<TS{attrs}>")
    for context in root.iter("context"):
        lines.append("<context>")
        lines.append(f"    <name>{escape(context.findtext('name', default=''))}</name>")
        for message in context.iter("message"):
            numerus = ' numerus="yes"' if message.get("numerus") == "yes" else ""
            ident = f' id="{escape(message.get("id"))}"' if message.get("id") else ""
            lines.append(f"    <message{ident}{numerus}>")
            for tag in ("source", "oldsource", "comment", "oldcomment", "extracomment",
                        "translatorcomment"):
                node = message.find(tag)
                if node is not None:
                    lines.append(f"        <{tag}>{escape(node.text or '')}</{tag}>")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            type_attr = f' type="{kind}"' if kind else ""
            if numerus:
                lines.append(f"        <translation{type_attr}>")
                for form in translation_forms(message):
                    lines.append(f"            <numerusform>{escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                text = translation_forms(message)[0] if translation is not None else ""
                lines.append(f"        <translation{type_attr}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def todo(path):
    entries = []
    for context, message in messages(load(path)):
        if not is_unfinished(message):
            continue
        entry = {"context": context, "source": message.findtext("source", default="")}
        # lupdate's same-text heuristic may have filled in a guess; keep it to review.
        forms = translation_forms(message) if message.find("translation") is not None else [""]
        entry["translation"] = forms if message.get("numerus") == "yes" else forms[0]
        entries.append(entry)
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def apply(path, dictionary_path, replace=False):
    root = load(path)
    language = root.get("language", "").split("_")[0]
    with open(dictionary_path, encoding="utf-8") as f:
        entries = json.load(f)
    by_context = {(e["context"], e["source"]): e["translation"] for e in entries if "context" in e}
    by_source = {e["source"]: e["translation"] for e in entries if "context" not in e}
    filled, refused = 0, 0
    for context, message in messages(root):
        if not replace and not is_unfinished(message):
            continue
        source = message.findtext("source", default="")
        wanted = by_context.get((context, source), by_source.get(source))
        if wanted is None:
            continue
        forms = wanted if isinstance(wanted, list) else [wanted]
        if not any(form.strip() for form in forms):
            continue  # not translated yet
        numerus = message.get("numerus") == "yes"
        expected = len(translation_forms(message)) if numerus else 1
        problems = [] if len(forms) == expected else [f"{len(forms)} forms, {expected} wanted"]
        problems += placeholder_problems(source, forms, language)
        if problems:
            print(f"refused {context} «{source}»: {'; '.join(problems)}", file=sys.stderr)
            refused += 1
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if numerus:
            for node, form in zip(translation.findall("numerusform"), forms):
                node.text = form
        else:
            translation.text = forms[0]
        filled += 1
    write(root, path)
    left = sum(1 for _, m in messages(root) if is_unfinished(m))
    print(f"{path}: filled {filled}, refused {refused}, still unfinished {left}")
    return 1 if refused else 0


def english_plurals(path):
    root = load(path)
    filled = 0
    for context, message in messages(root):
        if message.get("numerus") != "yes" or not is_unfinished(message):
            continue
        source = message.findtext("source", default="")
        if "(s)" not in source:
            print(f"write by hand: {context} «{source}»", file=sys.stderr)
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
        nodes = translation.findall("numerusform")
        for node, form in zip(nodes, forms + [forms[-1]] * (len(nodes) - len(forms))):
            node.text = form
        filled += 1
    write(root, path)
    print(f"{path}: filled {filled} numerus messages")
    return 0


def check(path):
    root = load(path)
    language = root.get("language", "").split("_")[0]
    bad = 0
    for context, message in messages(root):
        source = message.findtext("source", default="")
        if is_unfinished(message):
            print(f"unfinished: {context} «{source}»")
            bad += 1
            continue
        for problem in placeholder_problems(source, translation_forms(message), language):
            print(f"placeholders: {context} «{source}»: {problem}")
            bad += 1
    total = sum(1 for _ in messages(root))
    print(f"{path}: {total} messages, {bad} problems")
    return 1 if bad else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "todo":
        return todo(argv[2])
    if len(argv) == 4 and argv[1] == "apply":
        return apply(argv[2], argv[3])
    if len(argv) == 5 and argv[1] == "apply" and argv[2] == "--replace":
        return apply(argv[3], argv[4], replace=True)
    if len(argv) == 3 and argv[1] == "english-plurals":
        return english_plurals(argv[2])
    if len(argv) == 3 and argv[1] == "check":
        return check(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
