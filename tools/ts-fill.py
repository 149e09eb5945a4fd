#!/usr/bin/env python3
"""Fills Qt Linguist catalogues so that lupdate leaves no unfinished entry.

  tools/ts-fill.py list translations/zansai_ja.ts        # unfinished sources, one per line (TSV-escaped)
  tools/ts-fill.py ja translations/zansai_ja.ts MAP.tsv  # MAP: "context<TAB>source<TAB>translation" or
                                                         #      "source<TAB>translation" (any context)
  tools/ts-fill.py en translations/zansai_en.ts          # English is the source: translation = source

In MAP files, write a newline inside a string as \\n and a tab as \\t.
Run lupdate again afterwards (the update_translations target does both) so the files stay canonical.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace('\\n', '\n').replace('\\t', '\t')


def escape(s):
    return s.replace('\t', '\\t').replace('\n', '\\n')


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


def messages(root):
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            yield name, msg


def set_translation(msg, text):
    tr = msg.find('translation')
    if msg.get('numerus') == 'yes':
        forms = tr.findall('numerusform') or [ET.SubElement(tr, 'numerusform')]
        for f in forms:
            f.text = text
    else:
        tr.text = text
    tr.attrib.pop('type', None)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    mode, path = sys.argv[1], sys.argv[2]
    tree, root = load(path)
    if mode == 'list':
        for ctx, msg in messages(root):
            if msg.find('translation').get('type') == 'unfinished':
                print(ctx + '\t' + escape(msg.findtext('source')))
        return 0
    if mode == 'en':
        for _, msg in messages(root):
            tr = msg.find('translation')
            if tr.get('type') in ('unfinished', None) and tr.get('type') != 'vanished':
                set_translation(msg, msg.findtext('source'))
        save(tree, path)
        return 0
    if mode == 'ja':
        exact, anyctx = {}, {}
        with open(sys.argv[3], encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) == 3:
                    exact[(parts[0], unescape(parts[1]))] = unescape(parts[2])
                elif len(parts) == 2:
                    anyctx[unescape(parts[0])] = unescape(parts[1])
        filled = missing = 0
        for ctx, msg in messages(root):
            tr = msg.find('translation')
            if tr.get('type') != 'unfinished':
                continue
            src = msg.findtext('source')
            text = exact.get((ctx, src), anyctx.get(src))
            if text is None:
                missing += 1
                continue
            set_translation(msg, text)
            filled += 1
        save(tree, path)
        print(f'{path}: filled {filled}, still unfinished {missing}')
        return 0
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main())
