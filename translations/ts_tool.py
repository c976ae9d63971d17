#!/usr/bin/env python3
"""Helps translate the .ts files without Qt Linguist (a maintainer's tool; the build never runs it).

  ts_tool.py todo sam2studio_de.ts > de.json   # the unfinished entries, as a JSON list
  (fill in each entry's "translation": a string, or a list of plural forms when "numerus" is true)
  ts_tool.py fill sam2studio_de.ts de.json      # writes those translations into the .ts file

Then run `cmake --build <build> --target update_translations`, which rewrites the files in
lupdate's own layout, and check with `ctest -R packaging_translations`.
Plural forms: one for ja and zh_CN; two (singular, plural) for de, es and fr.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source", default=""), message.findtext("comment", default=""))


def todo(ts_path):
    root = ET.parse(ts_path).getroot()
    entries = []
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        context_name, source, comment = key(context, message)
        entry = {"context": context_name, "source": source, "comment": comment,
                 "numerus": message.get("numerus") == "yes", "translation": ""}
        if entry["numerus"]:
            entry["translation"] = []
        entries.append(entry)
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def fill(ts_path, json_path):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    with open(json_path, encoding="utf-8") as f:
        wanted = {(e["context"], e["source"], e.get("comment", "")): e["translation"] for e in json.load(f)}
    filled = 0
    for context, message in messages(root):
        text = wanted.get(key(context, message))
        if not text:
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        filled += 1
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")
    print(f"{ts_path}: {filled} entries translated", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "todo":
        todo(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
