-- Opens a draft in Neovim, attaches Copydesk's language server with the built-in LSP client
-- (the Neovim 0.7 API: vim.lsp.start_client + buf_attach_client), waits for the server to publish
-- the draft's diagnostics and writes what Neovim received as JSON, with 1-based lines and UTF-16
-- columns so they compare with `copydesk check --format json`.
--
--   COPYDESK_DRAFT=path COPYDESK_SERVER_CMD='["node","server/out/cli.js","lsp","--stdio"]' \
--   COPYDESK_OUTPUT=out.json nvim --headless --clean -c 'luafile test/editors/neovim-diagnostics.lua'
--
-- Without COPYDESK_SERVER_CMD the script starts no client itself and relies on the configuration
-- Neovim was started with (`-u init.lua`), as a user's would.

local output = assert(os.getenv('COPYDESK_OUTPUT'), 'COPYDESK_OUTPUT is not set')

local function finish(result)
  local file = assert(io.open(output, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local severity_names = { [1] = 'error', [2] = 'warning', [3] = 'info', [4] = 'hint' }

local ok, failure = pcall(function()
  local draft = assert(os.getenv('COPYDESK_DRAFT'), 'COPYDESK_DRAFT is not set')
  -- Without a command, the user's configuration (-u init.lua) is what attaches the server.
  local cmd_json = os.getenv('COPYDESK_SERVER_CMD')

  -- Wait for the server's own publication for the draft, not for "some diagnostics": a draft
  -- with no findings is a valid answer too.
  local uri = vim.uri_from_fname(vim.fn.fnamemodify(draft, ':p'))
  local published = false
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    publish(err, result, ctx, config)
    if result and result.uri == uri then published = true end
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()

  local exit_code
  if cmd_json then
    local client_id = vim.lsp.start_client({
      name = 'copydesk',
      cmd = vim.fn.json_decode(cmd_json),
      root_dir = vim.fn.fnamemodify(draft, ':p:h'),
      on_exit = function(code) exit_code = code end,
    })
    assert(client_id, 'vim.lsp.start_client returned nothing')
    vim.lsp.buf_attach_client(bufnr, client_id)
  end

  if not vim.wait(20000, function() return published or exit_code ~= nil end, 20) then
    local names = {}
    for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do table.insert(names, client.name) end
    error('the server published no diagnostics for ' .. uri .. ' within 20 s (clients attached: ' .. table.concat(names, ', ') .. ')')
  end
  if not published then error('the server exited with code ' .. tostring(exit_code)) end

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local function utf16_column(lnum, byte_col)
    local _, utf16 = vim.str_utfindex(lines[lnum + 1] or '', byte_col)
    return utf16 + 1
  end
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, {
      code = d.code,
      source = d.source,
      severity = severity_names[d.severity],
      message = d.message,
      line = d.lnum + 1,
      column = utf16_column(d.lnum, d.col),
      endLine = d.end_lnum + 1,
      endColumn = utf16_column(d.end_lnum, d.end_col),
    })
  end
  finish({ filetype = vim.bo[bufnr].filetype, diagnostics = diagnostics })
end)

if not ok then finish({ error = tostring(failure) }) end
