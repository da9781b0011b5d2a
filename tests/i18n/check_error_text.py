#!/usr/bin/env python3
"""Core error messages reach the user through the translator, whole, and German is complete for them.

  check_error_text.py literals SRC_CORE      every Error built in src/core gets its words from ErrorText::tr
  check_error_text.py catalogue SRC_CORE TS  every ErrorText::tr text is in TS (context poddeck::Error), translated
  check_error_text.py self-test              the rules above catch what they should (and nothing else)

The literal rule: in `Error(code, message)` and `error(code, message)` (code is an `Error::Code::...` or a
`...code` expression), the message may hold string literals with words only inside `ErrorText::tr(...)` or
`QCoreApplication::translate(...)`; literals inside `.arg(...)` and `[...]` are data (JSON keys), and
placeholder-only literals such as "%1: %2" hold no words. Appending a literal to a message
(`message + QStringLiteral(...)`, `message += ...`) glues English onto a translated sentence and is refused
too. A line may opt out with a comment `// untranslated: <why>`; none does today. ErrorText::tr texts must hold
words: "%1 %2" would be glue, not a sentence.

Out of this rule (on purpose): AwsError::toError builds "<service> <operation> failed: <code>: <message>"
from the server's answer, and AwsError::codeOf parses it back, so it stays as the server and AWS name it.
"""
import html
import pathlib
import re
import sys

TR_CALLS = ('ErrorText::tr(', 'QCoreApplication::translate(')
WORD = re.compile(r'[A-Za-z]{2,}')


def skip_string(s, i):
    quote = s[i]
    i += 1
    while s[i] != quote:
        i += 2 if s[i] == '\\' else 1
    return i + 1


def call_args(s, i):
    """s[i] is '('. Returns the (start, end) of each top-level argument and the index after ')'."""
    depth, start, out, j = 0, i + 1, [], i
    while True:
        c = s[j]
        if c in '"\'':
            j = skip_string(s, j)
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                out.append((start, j))
                return out, j + 1
        elif c == ',' and depth == 1:
            out.append((start, j))
            start = j + 1
        j += 1


def strip_comments(s):
    """Blanks comments (keeping `untranslated:` markers), raw strings and char literals, so the rest of the
    checker only meets plain "..." literals."""
    out, i = [], 0
    while i < len(s):
        raw = re.match(r'(?:u8|u|U|L)?R"([^(\s]*)\(', s[i:i + 24]) if s[i] in 'uULR' else None
        if raw and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] == '_')):
            end = s.index(')' + raw.group(1) + '"', i) + len(raw.group(1)) + 2
            out.append('""' + re.sub(r'[^\n]', ' ', s[i:end])[2:])
            i = end
        elif s[i] == '"':
            j = skip_string(s, i)
            out.append(s[i:j])
            i = j
        elif s[i] == '\'':
            if i > 0 and s[i - 1].isdigit() and i + 1 < len(s) and s[i + 1].isalnum():
                out.append(' ')  # digit separator: 1'000
                i += 1
            else:
                j = skip_string(s, i)
                out.append("'x'" + ' ' * (j - i - 3))
                i = j
        elif s.startswith('//', i):
            j = s.find('\n', i)
            j = len(s) if j < 0 else j
            out.append(' ' * (j - i) if 'untranslated:' not in s[i:j] else s[i:j])
            i = j
        elif s.startswith('/*', i):
            j = s.find('*/', i) + 2
            out.append(re.sub(r'[^\n]', ' ', s[i:j]))
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


def remove_calls(text, openers):
    """Blanks every `opener(...)` call (balanced) in text."""
    for opener in openers:
        while True:
            at = text.find(opener)
            if at < 0:
                break
            _, end = call_args(text, at + len(opener) - 1)
            text = text[:at] + ' ' * (end - at) + text[end:]
    return text


def remove_subscripts(text):
    out, depth, i = [], 0, 0
    while i < len(text):
        c = text[i]
        if c in '"\'':
            j = skip_string(text, i)
            out.append(text[i:j] if depth == 0 else ' ' * (j - i))
            i = j
            continue
        if c == '[':
            depth += 1
        elif c == ']':
            depth -= 1
        out.append(c if depth == 0 and c != ']' else ' ')
        i += 1
    return ''.join(out)


def literals(text):
    i, out = 0, []
    while i < len(text):
        if text[i] == '"':
            j = skip_string(text, i)
            out.append(text[i + 1:j - 1])
            i = j
        else:
            i += 1
    return out


def literal_problems(source, name='<source>'):
    s = strip_comments(source)
    problems = []

    def line_of(pos):
        return s.count('\n', 0, pos) + 1

    def opted_out(pos):
        line = s.split('\n')[line_of(pos) - 1]
        return 'untranslated:' in line

    for m in re.finditer(r'\b(?:Error|error)\s*\(', s):
        try:
            args, _ = call_args(s, m.end() - 1)
        except IndexError:
            continue
        first = s[args[0][0]:args[0][1]]
        if len(args) < 2 or not ('Error::Code::' in first or re.search(r'\bcode\s*$', first)):
            continue
        message = s[args[1][0]:args[-1][1]]
        data = remove_subscripts(remove_calls(message, TR_CALLS + ('.arg(',)))
        words = [lit for lit in literals(data) if WORD.search(lit)]
        if words and not opted_out(m.start()):
            problems.append(f'{name}:{line_of(m.start())}: untranslated error text "{words[0]}" '
                            f'(wrap it in ErrorText::tr)')
    for m in re.finditer(r'\bmessage\s*(?:\+=|\+)\s*(?:QStringLiteral\(|QLatin1String\(|u?")', s):
        if not opted_out(m.start()):
            problems.append(f'{name}:{line_of(m.start())}: text glued onto an error message '
                            f'(write one ErrorText::tr sentence with a %N for the message)')
    for text, pos in tr_texts(s):
        if not WORD.search(re.sub(r'%[0-9n]', '', text)):
            problems.append(f'{name}:{line_of(pos)}: ErrorText::tr("{text}") holds no words: glue, not a sentence')
    return problems


def tr_texts(s):
    """(text, position) of every ErrorText::tr / translate("poddeck::Error", ...) source text in s."""
    out = []
    for m in re.finditer(r'\bErrorText::tr\(|QCoreApplication::translate\(\s*"poddeck::Error"\s*,', s):
        i = m.end()
        parts = []
        while True:
            while s[i].isspace():
                i += 1
            if s[i] != '"':
                break
            j = skip_string(s, i)
            parts.append(s[i + 1:j - 1])
            i = j
        if parts:
            text = ''.join(parts)
            text = re.sub(r'\\(.)', lambda e: {'n': '\n', 't': '\t'}.get(e.group(1), e.group(1)), text)
            out.append((text, m.start()))
    return out


def sources(root):
    return sorted(p for p in pathlib.Path(root).rglob('*') if p.suffix in ('.cpp', '.h'))


def check_literals(root):
    problems = []
    for path in sources(root):
        problems += literal_problems(path.read_text(encoding='utf-8'), str(path))
    return problems


def check_catalogue(root, ts_path):
    ts = pathlib.Path(ts_path).read_text(encoding='utf-8')
    context = re.search(r'<context>\s*<name>poddeck::Error</name>(.*?)</context>', ts, re.S)
    if not context:
        return [f'{ts_path}: no context poddeck::Error (did lupdate run over src/core?)']
    done = {}
    for m in re.finditer(r'<message[^>]*>(.*?)</message>', context.group(1), re.S):
        src = html.unescape(re.search(r'<source>(.*?)</source>', m.group(1), re.S).group(1))
        translation = re.search(r'<translation([^>]*)>(.*?)</translation>|<translation([^>]*)/>', m.group(1), re.S)
        finished = translation and 'unfinished' not in (translation.group(1) or translation.group(3) or '') \
            and (translation.group(2) or '').strip()
        done[src] = bool(finished)
    problems = []
    for path in sources(root):
        for text, _ in tr_texts(strip_comments(path.read_text(encoding='utf-8'))):
            if text not in done:
                problems.append(f'{path}: "{text}" is not in {ts_path} (run the update_translations target)')
            elif not done[text]:
                problems.append(f'{path}: "{text}" has no finished translation in {ts_path}')
    return problems


def self_test():
    bad = {
        'plain literal': 'return Error(Error::Code::Io, QStringLiteral("cannot read %1").arg(p));',
        'lower-case helper': 'return reader.error(Error::Code::Corrupt, QStringLiteral("damaged"));',
        'code of another error': 'return Error(st.error().code, QStringLiteral("%1; nothing was added").arg(m));',
        'glued suffix': 'return Error(Error::Code::Io, e.message + QStringLiteral(" (waited)"));',
        'appended': 'e.message += QStringLiteral(" (after %1 attempts)").arg(n);',
        'glue template': 'return Error(Error::Code::Io, ErrorText::tr("%1 %2: %3").arg(a, b, c));',
        'raw char literal': 'return Error(Error::Code::NotFound, QString::fromUtf8("no such pod"));',
    }
    good = {
        'translated': 'return Error(Error::Code::Io, ErrorText::tr("cannot read %1: %2").arg(p, why));',
        'concatenated tr': 'return Error(Error::Code::Io, ErrorText::tr("cannot " "read %1").arg(p));',
        'json key in arg': 'return Error(Error::Code::Remote, ErrorText::tr("target %1").arg(f[QStringLiteral("arn")].toString()));',
        'data only': 'return Error(st.error().code, QStringLiteral("%1: %2").arg(path, st.error().message));',
        'state layer': 'return Error(Error::Code::Corrupt, QCoreApplication::translate("poddeck::Error", "not a tree"));',
        'variable': 'return Error(Error::Code::Corrupt, message);',
        'opted out': 'return Error(Error::Code::Io, QStringLiteral("x y")); // untranslated: a test marker',
        'comment': '// Error(Error::Code::Io, QStringLiteral("in a comment"))',
        'plural': 'return Error(Error::Code::Conflict, ErrorText::tr("%n unresolved conflict(s)", nullptr, n));',
    }
    failures = []
    for label, code in bad.items():
        if not literal_problems(code):
            failures.append(f'self-test: not caught: {label}: {code}')
    for label, code in good.items():
        if literal_problems(code):
            failures.append(f'self-test: wrongly refused: {label}: {literal_problems(code)}')
    texts = [t for t, _ in tr_texts('ErrorText::tr("a " "b\\n%1", nullptr, n)')]
    if texts != ['a b\n%1']:
        failures.append(f'self-test: tr text read as {texts}')
    return failures


def main(argv):
    if len(argv) >= 2 and argv[1] == 'self-test':
        problems = self_test()
    elif len(argv) == 3 and argv[1] == 'literals':
        problems = check_literals(argv[2])
    elif len(argv) == 4 and argv[1] == 'catalogue':
        problems = check_catalogue(argv[2], argv[3])
    else:
        print(__doc__)
        return 2
    for p in problems:
        print(p)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
