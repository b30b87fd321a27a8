-- The Neovim side of test/lsp-neovim.test.ts: starts `presence lsp` as a
-- real client does, opens a post, waits for its diagnostics, asks for the
-- hover of the first one, replaces the text, waits for the new diagnostics,
-- and writes what it received to a JSON file for the test to check.
-- Runs on Neovim 0.7 (Debian 12) and later: vim.lsp.start where it exists,
-- vim.lsp.start_client with buf_attach_client before that.
--
-- $PRESENCE_NVIM is JSON: { cmd = {...}, root, post, edit = {lines}, out }.
local job = vim.fn.json_decode(vim.env.PRESENCE_NVIM)
local result = { steps = {} }

local function finish(err)
  if err then result.error = err end
  local file = io.open(job.out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      message = d.message,
      source = d.source,
      code = d.code or lsp.code,
    })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return list
end

-- The version of the text each publication was for: diagnostics of an older
-- text can arrive after an edit (the server linted it before the edit
-- reached it), and Neovim 0.7 shows them; the test waits for the newest.
local published_version = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
  if res and res.uri then published_version[vim.uri_to_bufnr(res.uri)] = res.version end
  return publish(err, res, ctx, config)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(job.post))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = { name = 'presence', cmd = job.cmd, root_dir = job.root }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  if not client_id then return finish('the client did not start') end

  if not vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    return finish('no diagnostics after opening the post')
  end
  local opened = diagnostics(bufnr)
  table.insert(result.steps, { lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), diagnostics = opened })

  -- The hover of the first finding, from inside its range.
  vim.api.nvim_win_set_cursor(0, { opened[1].lnum + 1, opened[1].col + 1 })
  local client = vim.lsp.get_client_by_id(client_id)
  local params = vim.lsp.util.make_position_params(0, client and client.offset_encoding or 'utf-16')
  local replies = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 20000) or {}
  for _, reply in pairs(replies) do
    if reply.result and reply.result.contents then result.hover = reply.result.contents.value end
  end

  -- Typing: the whole text replaced, then the diagnostics of the new text's version.
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, job.edit)
  local edited = function() return published_version[bufnr] == vim.lsp.util.buf_versions[bufnr] end
  if not vim.wait(20000, edited, 20) then
    return finish('no diagnostics for the edited text (last published version '
      .. tostring(published_version[bufnr]) .. ', buffer version ' .. tostring(vim.lsp.util.buf_versions[bufnr]) .. ')')
  end
  table.insert(result.steps, { lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), diagnostics = diagnostics(bufnr) })

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  finish(nil)
end)
if not ok then finish(tostring(err)) end
