#!/usr/bin/env python3
"""Writes the translations of zh_CN.py into tianbao_zh_CN.ts after `ninja update_translations`.
Fails, listing them, when a source text has no translation: the .ts must stay complete.

    fill_ts.py              fill resources/translations/tianbao_zh_CN.ts
    fill_ts.py --check TS   only check that every text of TS (a fresh lupdate) is translated"""
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from zh_CN import T  # noqa: E402

check = len(sys.argv) == 3 and sys.argv[1] == '--check'
path = sys.argv[2] if check else os.path.join(here, 'tianbao_zh_CN.ts')
tree = ET.parse(path)
missing = []
for context in tree.getroot().findall('context'):
    name = context.find('name').text
    for message in context.findall('message'):
        source = message.find('source').text
        translation = message.find('translation')
        text = T.get((name, source))
        if text is None:
            missing.append((name, source))
            continue
        forms = translation.findall('numerusform')
        if forms:
            # Chinese has one plural form.
            for form in forms:
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop('type', None)
if check:
    for name, source in missing:
        print(f'untranslated: {name}: {source}', file=sys.stderr)
    sys.exit(1 if missing else 0)
with open(path, 'w', encoding='utf-8') as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    ET.indent(tree, space='    ')
    out.write(ET.tostring(tree.getroot(), encoding='unicode'))
    out.write('\n')
for name, source in missing:
    print(f'untranslated: {name}: {source}', file=sys.stderr)
sys.exit(1 if missing else 0)
