// The CLI's path rules under Windows and POSIX, on any machine: the path module is a parameter.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { folderContaining, globPattern, isInside, joinFound, pathOfFileUri, resolveFrom } from '../../server/src/paths';

describe('CLI paths on Windows (path.win32)', () => {
  const win = path.win32;

  it('keeps an absolute path with a drive letter, in either separator or a mix', () => {
    assert.equal(resolveFrom('C:\\Users\\ana', 'C:\\drafts\\story.md', win), 'C:\\drafts\\story.md');
    assert.equal(resolveFrom('C:\\Users\\ana', 'D:/drafts/story.md', win), 'D:\\drafts\\story.md');
    assert.equal(resolveFrom('C:\\Users\\ana', 'C:/drafts\\desk/story.md', win), 'C:\\drafts\\desk\\story.md');
  });

  it('keeps a UNC path on a newsroom share', () => {
    assert.equal(resolveFrom('C:\\Users\\ana', '\\\\newsroom\\desk\\drafts\\story.md', win), '\\\\newsroom\\desk\\drafts\\story.md');
    assert.equal(resolveFrom('\\\\newsroom\\desk', 'drafts\\story.md', win), '\\\\newsroom\\desk\\drafts\\story.md');
  });

  it('resolves a relative path against the current folder', () => {
    assert.equal(resolveFrom('C:\\Users\\ana', 'drafts\\story.md', win), 'C:\\Users\\ana\\drafts\\story.md');
    assert.equal(resolveFrom('C:\\Users\\ana', '..\\bob/story.md', win), 'C:\\Users\\bob\\story.md');
  });

  it('shows a draft found in a folder under the folder as typed, with backslashes', () => {
    assert.equal(joinFound('drafts', 'nested/a.md', win), 'drafts\\nested\\a.md');
    assert.equal(joinFound('drafts\\', 'a.md', win), 'drafts\\a.md');
    assert.equal(joinFound('drafts/', 'a.md', win), 'drafts\\a.md');
    assert.equal(joinFound('C:\\', 'a.md', win), 'C:\\a.md');
    assert.equal(joinFound('\\\\newsroom\\desk\\', 'a.md', win), '\\\\newsroom\\desk\\a.md');
  });

  it('reads a glob\'s backslashes as separators', () => {
    assert.equal(globPattern('drafts\\**\\*.md', win), 'drafts/**/*.md');
  });
});

describe('CLI paths on Linux and macOS (path.posix)', () => {
  const posix = path.posix;

  it('keeps absolute paths, resolves relative ones, and a backslash is part of a name', () => {
    assert.equal(resolveFrom('/home/ana', '/srv/drafts/story.md', posix), '/srv/drafts/story.md');
    assert.equal(resolveFrom('/home/ana', 'drafts/story.md', posix), '/home/ana/drafts/story.md');
    assert.equal(resolveFrom('/home/ana', 'C:\\drafts\\story.md', posix), '/home/ana/C:\\drafts\\story.md');
  });

  it('shows a draft found in a folder under the folder as typed', () => {
    assert.equal(joinFound('drafts', 'nested/a.md', posix), 'drafts/nested/a.md');
    assert.equal(joinFound('drafts//', 'a.md', posix), 'drafts/a.md');
    assert.equal(joinFound('./drafts', 'a.md', posix), './drafts/a.md');
    assert.equal(joinFound('/', 'a.md', posix), '/a.md');
    assert.equal(globPattern('drafts/\\*.md', posix), 'drafts/\\*.md');
  });
});

describe('the folder a file lies in, segment by segment (workspace folders, stylebook writes)', () => {
  it('does not take /x/ws2 for a folder inside /x/ws', () => {
    const posix = path.posix;
    assert.equal(isInside('/x/ws', '/x/ws2/story.md', posix), false);
    assert.equal(isInside('/x/ws', '/x/ws/story.md', posix), true);
    assert.equal(isInside('/x/ws/', '/x/ws/a/b/story.md', posix), true);
    assert.equal(isInside('/x/ws', '/x/ws', posix), true);
    assert.equal(isInside('/x/ws', '/x/ws/..story.md', posix), true);
    assert.equal(isInside('/x/ws', '/x/ws/../ws2/story.md', posix), false);
    assert.equal(folderContaining(['/x/ws', '/x/ws2'], '/x/ws2/story.md', posix), '/x/ws2');
    assert.equal(folderContaining(['/x/ws', '/x/ws/desk'], '/x/ws/desk/story.md', posix), '/x/ws/desk');
    assert.equal(folderContaining(['/x/ws/desk', '/x/ws'], '/x/ws/desk/story.md', posix), '/x/ws/desk');
    assert.equal(folderContaining(['/x/ws'], '/y/story.md', posix), undefined);
  });

  it('on Windows: drive letters, UNC shares, either separator, any case', () => {
    const win = path.win32;
    assert.equal(isInside('C:\\x\\ws', 'C:\\x\\ws2\\story.md', win), false);
    assert.equal(isInside('C:\\x\\ws', 'c:/X/WS/desk/story.md', win), true);
    assert.equal(isInside('C:\\x\\ws', 'D:\\x\\ws\\story.md', win), false);
    assert.equal(isInside('\\\\newsroom\\desk', '\\\\newsroom\\desk\\drafts\\story.md', win), true);
    assert.equal(isInside('\\\\newsroom\\desk', '\\\\newsroom\\desk2\\story.md', win), false);
    assert.equal(folderContaining(['C:\\x\\ws', 'C:\\x\\ws2'], 'C:\\x\\ws2\\story.md', win), 'C:\\x\\ws2');
  });
});

describe('drafts sent by an editor as file URIs, matched to workspace folders', () => {
  it('on Windows: percent-encoded drive letters in either case, UNC shares, mixed separators', () => {
    const win = path.win32;
    assert.equal(pathOfFileUri('file:///c%3A/Users/ana/story.md', win), 'c:\\Users\\ana\\story.md');
    assert.equal(pathOfFileUri('file:///C:/Users/Ana/Desk%20Drafts/story.md', win), 'C:\\Users\\Ana\\Desk Drafts\\story.md');
    assert.equal(pathOfFileUri('file://newsroom/desk/drafts/story.md', win), '\\\\newsroom\\desk\\drafts\\story.md');
    // VS Code's folder URI and the draft's may differ in the drive letter's case and encoding.
    const folder = pathOfFileUri('file:///c%3A/Users/ana/ws', win)!;
    assert.equal(folderContaining([folder], pathOfFileUri('file:///C:/Users/Ana/WS/desk/story.md', win)!, win), folder);
    assert.equal(folderContaining([folder], pathOfFileUri('file:///c%3A/Users/ana/ws2/story.md', win)!, win), undefined);
    assert.equal(folderContaining(['C:/Users/ana/ws', '\\\\newsroom\\desk'], pathOfFileUri('file://newsroom/desk/a/b.md', win)!, win), '\\\\newsroom\\desk');
    assert.equal(isInside('C:/Users\\ana/ws', 'c:\\users/ANA\\ws\\story.md', win), true);
  });

  it('on Linux and macOS: paths as they are, other schemes none', () => {
    const posix = path.posix;
    assert.equal(pathOfFileUri('file:///home/ana/Desk%20Drafts/story.md', posix), '/home/ana/Desk Drafts/story.md');
    assert.equal(pathOfFileUri('untitled:Untitled-1', posix), undefined);
    assert.equal(folderContaining(['/home/ana/ws'], pathOfFileUri('file:///home/ana/ws2/story.md', posix)!, posix), undefined);
    assert.equal(folderContaining(['/home/ana/ws'], pathOfFileUri('file:///home/ana/ws/story.md', posix)!, posix), '/home/ana/ws');
  });
});
