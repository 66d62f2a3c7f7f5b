<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../ui/aboutbox.cpp" line="+10"/>
        <source>&lt;h3&gt;SpaceONE Job Monitor %1&lt;/h3&gt;&lt;p&gt;Watch and clean up the collection jobs of a SpaceONE (Cloudforet) deployment.&lt;/p&gt;&lt;p&gt;Commit %2 · Qt %3 (built with %4)&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;br&gt;Report a problem: &lt;a href=&quot;%6&quot;&gt;%6&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About SpaceONE Job Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/api/apierror.cpp" line="+101"/>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed: %1. Check the server certificate or the CA bundle of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a response this app cannot read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer grew beyond %1 and was stopped while downloading. Check that the address is the console API endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token expired %1 (its own expiry time says so), so it was not sent. Get a new token or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused: nothing is listening at that address. Check the URL and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host not found: check the server address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token or API key is set for this server, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or gateway answered HTTP %1%2 instead of the API; the server behind it may be down or restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in: the token is expired or invalid (%1). Get a new token or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: your role may not do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no such API path (HTTP 404). Check the URL and the path style (console /identity/job/… or v2 /identity/v2/job/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not allow this method on that path (HTTP 405). Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to slow down (HTTP 429): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is unavailable (HTTP 503): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server reported an error (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or gateway reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no answer after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no complete answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>at %1, moments ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at %1, %n minute(s) ago</source>
        <translation>
            <numerusform>at %1, %n minute ago</numerusform>
            <numerusform>at %1, %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at %1, %n hour(s) ago</source>
        <translation>
            <numerusform>at %1, %n hour ago</numerusform>
            <numerusform>at %1, %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceComboBox</name>
    <message>
        <location filename="../../ui/choicecombobox.cpp" line="+26"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/clicommand.cpp" line="+10"/>
        <source>List jobs, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the collection jobs that match the filters, newest first, page by page up to --limit jobs. With --format json the output is a JSON array of job objects as the API returns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows every field of one job, including its error message and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the given jobs and reports for each one: deleted, already gone, not allowed or failed. Asks for confirmation on a terminal; without a terminal it refuses unless --yes is given. Deleting a job only removes its record; it does not stop a running collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count jobs per status or another field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts the jobs that match the filters, grouped by status or by the field given with --by, as the server computes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/clioption.cpp" line="+15"/>
        <source>Use the connection saved in the application under NAME (its endpoint, path style, CA bundle and token). Options given on the command line override the values of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Console API address, e.g. https://console-v2.api.example.com (default: $SPACEONE_ENDPOINT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL layout: console (/identity/job/...) or v2 (/identity/v2/job/...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the access token or API key from FILE (default: $SPACEONE_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token itself. Visible to other users in the process list: prefer --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trust the CA certificates in the PEM FILE (private deployments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the token over plain http to a host other than this machine. Anyone on the network path can read it; without this option such a request is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up on a request after SECONDS without progress, or after three times SECONDS in all, retries included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show ids only and send no request for names. Without it the table shows the names of workspaces, trusted accounts and plugins, and json and csv add workspace_name, trusted_account_name and plugin_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only jobs with this status: pending, in-progress, success, failure, canceled. Repeat or separate with commas for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only jobs of this workspace; * for domain-level jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only jobs of this trusted account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only jobs run by this collector plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server-side search in job ids (list: also statuses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List at most N jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by FIELD, -FIELD for descending; several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count per FIELD: status, workspace, trusted-account, plugin, resource-group or any job field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete without asking for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cliinvocation.cpp" line="+56"/>
        <source>refusing to send the token over plain http to %1: anyone on the network path could read and reuse it; use an https:// address, allow plain http for this connection in the application, or pass --allow-plain-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refusing to send the token over plain http to %1: anyone on the network path could read and reuse it; use an https:// address, or pass --allow-plain-http if you trust the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the token file %1 is readable by other users; consider chmod 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+231"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-226"/>
        <source>get takes exactly one job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete needs at least one job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a job id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown format &apos;%1&apos; (table, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no server address: pass --endpoint URL or set SPACEONE_ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown path style &apos;%1&apos; (console or v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout needs a number of seconds greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: --token shows the token to every user of this machine (process list, shell history); prefer --token-file or SPACEONE_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no PEM certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown status &apos;%1&apos; (pending, in-progress, success, failure or canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--limit needs a whole number of jobs greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot sort by &apos;%1&apos;; fields: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--by needs a field name such as status or workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliNameLookup</name>
    <message>
        <location filename="../../app/cli/clinamelookup.cpp" line="+114"/>
        <source>note: names did not arrive in time; ids are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOption</name>
    <message>
        <location filename="../../app/cli/clioption.cpp" line="+99"/>
        <source>Usage: %1 COMMAND [options]
       %1 [--version | --help]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitors SpaceONE (Cloudforet) collection jobs. Without a command the desktop window opens.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Run &apos;%1 COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Desktop window options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the window once data is shown, save it as a PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milliseconds to wait after the first data before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the built-in sandbox&apos;s generated jobs (a fresh sandbox database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Environment:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console API address when --endpoint is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token or API key when no token option is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to 1 to let Qt&apos;s own warnings through to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Exit status:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request failed, or some jobs could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong usage, or deletion refused without confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token was rejected or lacks the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProfile</name>
    <message>
        <location filename="../../app/cli/cliprofile.cpp" line="+28"/>
        <source>unknown profile &apos;%1&apos;; saved profiles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the token of profile &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../../app/cli/clirunner.cpp" line="+155"/>
        <source>note: showing %1 of %2 jobs; raise --limit to see more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>refusing to delete without confirmation: standard input is not a terminal (add --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n job(s) (%1)? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>Delete %n job (%1)? This cannot be undone. [y/N] </numerusform>
            <numerusform>Delete %n jobs (%1)? This cannot be undone. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>JOB ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 jobs could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../../ui/connectioncontroller.cpp" line="+84"/>
        <location line="+22"/>
        <source>The connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 has no token: no system keychain is available, so its token was kept only until the app closed. Enter it again in Connections, or keep it in a private file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no token: its token is kept only while the app runs. Enter it again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is saved for %1. Add a token or API key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is set, but cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="+37"/>
        <source>Console (/identity/job/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V2 (/identity/v2/job/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and connect to the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connectionprofilelist.cpp" line="+70"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="+172"/>
        <source>The app runs this server itself; its address is set when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address was guessed; check it before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only used for http:// addresses of other computers; this one does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connectiontokeneditor.cpp" line="+118"/>
        <source>Reading the stored token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token needed for the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token. Paste an API key or access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This role may delete jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token belongs to workspace %1, so jobs of workspace %2 will not be visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The token is kept for this session only; choose a file to keep it across restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is forgotten when the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connectionprofilelist.cpp" line="+43"/>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connectiontokeneditor.cpp" line="-51"/>
        <source>The stored token could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="+34"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; will be removed when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import from spacectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spacectl &amp;environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported spacectl environment &quot;%1&quot;. Check the server URL, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the CA bundle of this deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../ui/connectionprofilelist.cpp" line="+29"/>
        <location line="+17"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+13"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved; storing the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved, but a token could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.ui" line="+14"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved connections; the one selected is edited on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import from spacectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a connection from spacectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://console-v2.api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address of console-api-v2, the SpaceONE REST gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server URL note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path st&amp;yle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Path style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Console: /identity/job/…, what console-api-v2 serves; V2: /identity/v2/job/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All workspaces the token can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional workspace id to limit the jobs shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Poll e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Poll interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM file with the certificate authority of a private deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brows&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow sending the token over plain &amp;HTTP to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow the token over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plain HTTP warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+27"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>API key or access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key or access token; stored in the place chosen below, never in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token stora&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the token is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token storage note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../../app/connect/connectionprofile.cpp" line="+18"/>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server URL, e.g. https://console-v2.api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must start with https:// (or http:// for a local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL must not contain a query (?…) or fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the token in the token field, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../../app/connect/connectiontester.cpp" line="+23"/>
        <source>V2 (/identity/v2/job/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console (/identity/job/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Asking %1 for a job count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That path does not exist; trying the %1 path style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist on this server, and neither does the %2 path. Check that the URL is console-api-v2&apos;s address (e.g. https://console-v2.api.example.com), not the web console&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong path style: %1 does not exist, but the %2 path works (%3). Switch the path style to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong path style: %1 does not exist, but the %2 path does. Switch the path style to %2; that path then answered: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answer from %1 within %2 s. The server may be down, or a firewall may drop the connection; check the URL and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Refused the secure connection to %1: its certificate is not trusted (%2). If this is a private deployment, ask its administrator for the CA certificate, compare the fingerprint, and set it as this connection&apos;s CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The server redirects (HTTP %1) to %2 instead of answering. Use the final address as the URL; the token is not sent along redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 answered with far more data than a job count; it is not console-api-v2. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 answered, but not like console-api-v2 (the reply is not a job count). Check that the URL is console-api-v2&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected: %1 jobs visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected: %1 jobs visible in workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server wants a token (HTTP 401). Paste an API key or access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the token (HTTP 401: %1). It is expired, revoked or for another deployment; get a new token or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token is valid, but its role may not read jobs (HTTP 403: %1). Use a domain admin, workspace owner or workspace member token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist on this server (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered with an error (HTTP %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host not found: the name %1 does not resolve. Check the spelling of the URL, your DNS, VPN or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection refused by %1: nothing listens at that address and port. Check the URL&apos;s port and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection without answering. Is it an http server, and is the URL&apos;s scheme (http/https) right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error talking to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../app/connect/credentialstore.cpp" line="+50"/>
        <source>The credential store did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <location filename="../../app/connect/credentialvault.cpp" line="+72"/>
        <source>Tokens meant for the keychain are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Per connection; no system keychain, so keychain tokens last for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per connection: system keychain, this session only, or a private file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteJobsDialog</name>
    <message>
        <location filename="../../ui/deleterunreport.cpp" line="+19"/>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not allowed: domain-level job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="+69"/>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusted account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+120"/>
        <source>Deleting a job does not stop its collector: only the record goes away, and the collector may keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="+100"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Send the deletes that failed again; not the ones that were refused or already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+76"/>
        <source>&amp;Delete Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete %1 Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="+30"/>
        <location filename="../../ui/deletejobsdialog.cpp" line="+251"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="-254"/>
        <source>Delete job %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This job will be deleted from the server. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These jobs will be deleted from the server. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows marked &quot;no longer listed&quot; have left the table since you chose them; they are sent too, and the server tells whether they still exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejoblist.cpp" line="+33"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table no longer shows this job. The delete is still sent; if the server no longer has it, it is reported as already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+143"/>
        <source>Delete the jobs listed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Tick the box above to confirm deleting active jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-214"/>
        <source>%Ln of these jobs are still active (pending or in progress).</source>
        <translation>
            <numerusform>%Ln of these jobs is still active (pending or in progress).</numerusform>
            <numerusform>%Ln of these jobs are still active (pending or in progress).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&amp;Skip the active jobs: delete only the %Ln finished one(s)</source>
        <translation>
            <numerusform>&amp;Skip the active jobs: delete only the %Ln finished one</numerusform>
            <numerusform>&amp;Skip the active jobs: delete only the %Ln finished ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Also delete the %Ln active job(s)</source>
        <translation>
            <numerusform>&amp;Also delete the active job</numerusform>
            <numerusform>&amp;Also delete the %Ln active jobs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="-65"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+44"/>
        <location line="+36"/>
        <location line="+122"/>
        <source>delete</source>
        <comment>the word typed to confirm a large deletion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-135"/>
        <source>%Ln active job(s) stay.</source>
        <translation>
            <numerusform>%Ln active job stays.</numerusform>
            <numerusform>%Ln active jobs stay.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>By status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This deletes %1 at once. To confirm, type %2 or the word &quot;%3&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejoblist.cpp" line="-8"/>
        <source>Skipped: still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not deleted: you chose to skip the active jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+123"/>
        <source>Type the number of jobs, or the word &quot;%1&quot;, above to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+32"/>
        <source>No more deletes are sent. Waiting for the answers to %n delete(s) already sent.</source>
        <translation>
            <numerusform>No more deletes are sent. Waiting for the answer to %n delete already sent.</numerusform>
            <numerusform>No more deletes are sent. Waiting for the answers to %n deletes already sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Close without deleting anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no more deletes; the ones already sent still finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes already sent finish even if you stop; the rest are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deleterunreport.cpp" line="+16"/>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not sent (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Some jobs were not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Domain-level jobs (workspace &quot;*&quot;) can only be deleted with a domain admin token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and %1 more; hover over a result for its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends only the failed deletes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Retry 1 Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Retry %1 Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryListReply</name>
    <message>
        <location filename="../../app/api/directorylistreply.cpp" line="+36"/>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;results&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentConnection</name>
    <message>
        <location filename="../../app/connect/environmentconnection.cpp" line="+27"/>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="+19"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPreviewPane</name>
    <message>
        <location filename="../../ui/errorpreviewpane.cpp" line="+34"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the error preview (View menu shows it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide error preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error message of the current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Error of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This job has no error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a job to read its whole error message here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <location filename="../../app/connect/filecredentialstore.cpp" line="+44"/>
        <source>The token will be saved unencrypted in %1, a file only your user account may read. Anyone who can act as you on this computer, or read your backups, can read it. Prefer the system keychain when one is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File %1 (readable only by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The token file %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token file %1 cannot be checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token file %1 belongs to another user; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token file %1 can be read by other users (mode %2); refusing to use it. Restrict it with &quot;chmod 600 %1&quot;, then replace the tokens in it, since others may have read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token file %1 is too large to be a token file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token file %1 is damaged or not a token file; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder for the token file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>The token file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The token file %1 could not be written completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token file %1 cannot be replaced: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+26"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All trusted accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Workspace filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted account filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ugin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search job id, account, plugin, error… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear all filters (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The number beside each choice is counted by the server (stat) over every job matching the other filters, not from the loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list shows the domain-level jobs (workspace &quot;*&quot;) to this workspace token, but its stat leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted by the server&apos;s stat over every job matching the other filters; &quot;Global (domain)&quot; is counted with a count_only list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted by the server&apos;s stat over every job matching the other filters, plus the domain-level jobs of each choice, counted with list value by value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain-level jobs have more than %1 different values here: only the first %1 are added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <location filename="../../ui/freedesktopnotifications.cpp" line="+73"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobApiClient</name>
    <message>
        <location filename="../../app/api/jobapiclient.cpp" line="+53"/>
        <source> (certificate subject: %1; issuer: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected JSON but the server sent %1 (is the address the console API endpoint?); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>no server address is set (an http:// or https:// URL is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the token contains spaces, line breaks or non-ASCII characters; check how it was copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDecoder</name>
    <message>
        <location filename="../../app/api/jobdecoder.cpp" line="+54"/>
        <location line="+195"/>
        <source>malformed JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-191"/>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected a string, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not an ISO 8601 timestamp: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: expected a number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected a number, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a count: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <location line="+50"/>
        <source>%1: expected an object, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>results: expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>expected a JSON array of jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDeleter</name>
    <message>
        <location filename="../../app/api/jobdeleter.cpp" line="+14"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone: the server no longer has this job (deleted elsewhere, or outside this token&apos;s workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed: this is a domain-level job (workspace &quot;*&quot;); only a domain admin token can delete it. The server answers &quot;not found&quot; to workspace tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: stopped, or the connection changed, before this job&apos;s turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Not allowed: your role cannot delete jobs. Deleting needs a domain admin or workspace owner token; workspace members can only view them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetailDialog</name>
    <message>
        <location filename="../../ui/jobdetaildialog.cpp" line="+34"/>
        <source>%1 local · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobdetaildialog.ui" line="+134"/>
        <location line="+125"/>
        <location line="+85"/>
        <location line="+82"/>
        <location line="+82"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resource group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+3"/>
        <source>Show only this workspace&apos;s jobs in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+3"/>
        <source>Show only this trusted account&apos;s jobs in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Trusted account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Copy the trusted account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+3"/>
        <source>Show only this plugin&apos;s jobs in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Plugin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the plugin id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the domain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Error message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy the whole job as JSON, as the server sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;ync Account Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fetch this job from the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-590"/>
        <location line="+85"/>
        <location line="+82"/>
        <source>Show only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobdetaildialog.cpp" line="+190"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Global (domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workspace_id &quot;*&quot;: a domain-level job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source> · took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not finished yet · running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>refreshes every %1 s while the job runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the job list · fetching the current state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetched from the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the job list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last known state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This job no longer exists on the server: it was deleted elsewhere (or is outside this token&apos;s workspace). The details below are the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This job was deleted. The details below are its last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not refresh this job: %1 The details below are the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This job no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this job from the server, after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run this trusted account&apos;s collector again, after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialogController</name>
    <message>
        <location filename="../../ui/jobdialogcontroller.cpp" line="+165"/>
        <source>These jobs name no trusted account to sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFilterControls</name>
    <message>
        <location filename="../../ui/jobfiltercontrols.cpp" line="+61"/>
        <source>This connection is scoped to workspace %1; edit the connection to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFormat</name>
    <message>
        <location filename="../../app/model/jobformat.cpp" line="+113"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFormatter</name>
    <message>
        <location filename="../../app/cli/jobformatter.cpp" line="+91"/>
        <source>No jobs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JOB ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRUSTED ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLUGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* (domain-level job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COUNT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobLister</name>
    <message>
        <location filename="../../app/api/joblister.cpp" line="+165"/>
        <source>the server sent rows of an earlier page again (page %1); it may not support query.page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobNameDisplay</name>
    <message>
        <location filename="../../app/model/jobnamedisplay.cpp" line="+22"/>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusted account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Global (domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain-level (workspace_id &quot;*&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
No %2 with this id is listed: deleted, or not visible to this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
No name: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/jobnotifier.cpp" line="+61"/>
        <source>%1 — %2
%Ln failed</source>
        <translation>
            <numerusform>%1 — %2
%Ln failed</numerusform>
            <numerusform>%1 — %2
%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln stuck</source>
        <translation>
            <numerusform>%Ln stuck</numerusform>
            <numerusform>%Ln stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln job(s) failed</source>
        <translation>
            <numerusform>%Ln job failed</numerusform>
            <numerusform>%Ln jobs failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln job(s) stuck</source>
        <translation>
            <numerusform>%Ln job stuck</numerusform>
            <numerusform>%Ln jobs stuck</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2) is still in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSelectionSummary</name>
    <message>
        <location filename="../../ui/jobselectionsummary.cpp" line="+59"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n more (%1)</source>
        <translation>
            <numerusform>%n more (%1)</numerusform>
            <numerusform>%n more (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln job</numerusform>
            <numerusform>%Ln jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../app/api/jobstatus.cpp" line="+46"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../app/model/jobcelltext.cpp" line="+115"/>
        <source>Status &quot;%1&quot; is not one the server defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No progress for %1: probably stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/jobtablemodel.cpp" line="+175"/>
        <source>Sorting by this column asks the server for its order and reloads the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot sort by this column: sorting it orders only the loaded jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job state; unknown values from the server are shown as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id (job_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Workspace (its id in the tooltip); &quot;Global (domain)&quot; for domain-level jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted account whose resources the job synchronizes (its id in the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector plugin that ran the job (its id in the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope of the trusted account: domain or workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the job was created (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last state change (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the job ended (local time); empty while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run time; counts up live for pending and running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error message of a failed job; hover a cell for the full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <location filename="../../ui/jobtableview.cpp" line="+38"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Scroll up to the jobs that arrived above</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%Ln new job(s)</source>
        <translation>
            <numerusform>%Ln new job</numerusform>
            <numerusform>%Ln new jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+212"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../../ui/jsontreemodel.cpp" line="+132"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[%1 items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{1 key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{%1 keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../../app/connect/keychaincredentialstore.cpp" line="+80"/>
        <source>System keychain (service &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain refused access: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token could not be removed from the system keychain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No system keychain is available (%1). Is a secret service such as GNOME Keyring or KWallet running?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../ui/maintoolbar.cpp" line="+29"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SpaceONE server whose jobs are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;nnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the jobs are fetched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location line="-32"/>
        <source>Every %n min</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n s</source>
        <translation>
            <numerusform>Every second</numerusform>
            <numerusform>Every %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+79"/>
        <source>&amp;Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the jobs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every job again instead of only what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>&amp;Pause Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Stop polling the server; the table keeps its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Resume Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume polling the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop polling the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Job &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything about the current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>Delete the selected jobs, after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync Trusted Account Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the collector of the selected jobs&apos; trusted accounts again, after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select All &amp;Stuck Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every stuck job on the server, ready to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Visible Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown to CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Clear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search job id, trusted account, plugin and error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the job table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times as &quot;5 min ago&quot; instead of the local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Copy &amp;Error Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole error message of the current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Error &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole error message of the current job under the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No desktop notification when a job fails or becomes stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Jobs for the Next Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the jobs shown as the app quits, readable by you only, and show them at once at the next start until the server answers. Turning this off deletes the saved jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit or test SpaceONE connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SpaceONE Job Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, licence and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About the Qt toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobmonitorview.cpp" line="+42"/>
        <source>This is the built-in sandbox: its jobs are simulated, and they change by themselves. To watch a real SpaceONE deployment, add a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+255"/>
        <source>Could not load more jobs: %1 Scroll to the end again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessionstatuspresenter.cpp" line="+62"/>
        <source>%1 (simulated jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token expired or is invalid. Enter a new token or API key for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+34"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Open Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Your role may not list jobs here. Ask a domain admin or workspace owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no Job API at this path. Check the URL and the path style of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>(Tried %n times.)</source>
        <translation>
            <numerusform>(Tried once.)</numerusform>
            <numerusform>(Tried %n times.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table shows the last good data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table shows the jobs saved when the app last closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Retrying in %n s.</numerusform>
            <numerusform>Retrying in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The jobs appear as soon as it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or add a SpaceONE connection to see its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A token is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is saved for %1. Add a token or API key in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetching the job list from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No job matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server searched the job id, trusted account, plugin and error message of all %1 jobs that match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No jobs match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) are loaded, but none match the current filters.</source>
        <translation>
            <numerusform>%n job is loaded, but it does not match the current filters.</numerusform>
            <numerusform>%n jobs are loaded, but none match the current filters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Clear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This connection has no collection jobs. New jobs appear here as collectors run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+33"/>
        <source>Delete the %1 jobs selected on the server, after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+163"/>
        <source>SpaceONE Job Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — SpaceONE Job Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visiblerowsexporter.cpp" line="+46"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Visible Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>Exported %n job to %1</numerusform>
            <numerusform>Exported %n jobs to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sessionstatuspresenter.cpp" line="+8"/>
        <source>These are the jobs saved when the app last closed. Delete once the server has listed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+54"/>
        <source>Copied the error message of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../ui/mainwindowmenus.cpp" line="+34"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Update &amp;Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reload &amp;Everything Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Window Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load every job while at most %1 match; beyond that, load the first %1 in the table&apos;s order and more as the table is scrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameDirectory</name>
    <message>
        <location filename="../../app/api/namedirectory.cpp" line="+35"/>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+245"/>
        <source>%1: the token may not list them (permission denied); ids are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server does not offer their list (no such path); ids are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: names could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/noticebar.cpp" line="+38"/>
        <location line="+1"/>
        <source>Close this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingJobSelection</name>
    <message numerus="yes">
        <location filename="../../ui/pendingjobselection.cpp" line="+56"/>
        <source>%n new job(s) not listed yet; they will show with a later update.</source>
        <translation>
            <numerusform>%n new job not listed yet; it will show with a later update.</numerusform>
            <numerusform>%n new jobs not listed yet; they will show with a later update.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new job(s) hidden by the filters; clear them to see every job.</source>
        <translation>
            <numerusform>%n new job hidden by the filters; clear them to see every job.</numerusform>
            <numerusform>%n new jobs hidden by the filters; clear them to see every job.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new job(s) selected.</source>
        <translation>
            <numerusform>%n new job selected.</numerusform>
            <numerusform>%n new jobs selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollStatusBar</name>
    <message>
        <location filename="../../ui/pollstatusbar.cpp" line="+56"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln saved job(s)</source>
        <translation>
            <numerusform>%Ln saved job</numerusform>
            <numerusform>%Ln saved jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1 of %2 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jobs this connection showed when the app last closed. The server&apos;s jobs replace them as soon as it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln job</numerusform>
            <numerusform>%Ln jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 jobs are loaded; the filters in the table show %2 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every matching job is loaded, so sorting and search run in the app. When more than %1 match, the table becomes a window onto the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of the %2 matching jobs are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server searched all %1 jobs that match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window · searched on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More jobs match (%1) than the window loads at once (%2). Sorting by a column asks the server for its order, the search runs on the server, and scrolling to the end loads the next %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Full · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delta · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweep · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a full listing of every matching job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the jobs changed since the last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the changed jobs, then the job ids of %1 of %2 time ranges whose counts differed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last poll: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests: %1 (%2 sent, %3 received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows added, changed or removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full listing runs every %1 min and whenever the filter or connection changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next full listing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Jobs saved %1 — waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Updated %n s ago</numerusform>
            <numerusform>Updated %n s ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale — last good data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../app/connect/profilestore.cpp" line="+62"/>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+188"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-174"/>
        <source>A connection with the id &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>That connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The built-in local sandbox cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceGroup</name>
    <message>
        <location filename="../../app/api/resourcegroup.cpp" line="+37"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSelectionBar</name>
    <message>
        <location filename="../../ui/serverselectionbar.cpp" line="+49"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collect the ids of every job the filters match on the server and select them, loaded or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 stuck job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 stuck jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 matching job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matching jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collecting the stuck jobs from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting the matching jobs from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting; nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not collect the stuck jobs from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not collect the matching jobs from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server has no stuck jobs for these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No job on the server matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected %1 on the server (%2 loaded); press Delete to delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first %1 of %2 on the server are selected (a selection holds at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the server is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on the server are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are loaded and selected in the table; Delete acts on all %2, as they were when collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete 1 Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete %1 Jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete every selected job on the server, after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the server&apos;s set; Delete then acts on the rows selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All %1 loaded jobs are selected; %2 match the search on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 loaded jobs are selected; %2 match the filters on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select All %1 on the Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCredentialStore</name>
    <message>
        <location filename="../../app/connect/sessioncredentialstore.cpp" line="+29"/>
        <source>This session only: the token is forgotten when the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpacectlImporter</name>
    <message>
        <location filename="../../app/connect/spacectlimporter.cpp" line="+23"/>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a spacectl configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid spacectl configuration file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No spacectl configuration found: %1 does not exist. Run &quot;spacectl config init&quot; first, or add the connection by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no spacectl environment (*.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a valid spacectl environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spacectl environment &quot;%1&quot; does not exist (%2 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: api_key must be a single text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no api_key. Set one with &quot;spacectl config set api_key …&quot;, or add the connection by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: api_key contains spaces or line breaks, so it is not a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: endpoints must be a list of &quot;service: address&quot; lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the endpoint of %2 must be a single address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken from spacectl&apos;s &quot;%1&quot; endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>spacectl lists no endpoints; enter console-api-v2&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>spacectl&apos;s endpoint &quot;%1&quot; is not an address this app understands; enter console-api-v2&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guessed: spacectl talks to %1 on this computer, so console-api-v2 is assumed at its local development address. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spacectl uses %1, a gRPC address this app cannot turn into console-api-v2&apos;s REST address (console-api-v2 is a separate service). Enter its address, e.g. https://console-v2.api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guessed from spacectl&apos;s gRPC address %1: console-api-v2 usually runs at console-v2.&lt;domain&gt;. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusOverview</name>
    <message>
        <location filename="../../ui/statusoverview.cpp" line="+182"/>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Counted by the server (stat) over every job matching the other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted by the server&apos;s stat; with list, no domain-level jobs (workspace &quot;*&quot;) have this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>%1 counted by the server&apos;s stat, plus %2 domain-level jobs (workspace &quot;*&quot;) counted with list: the list shows them to this workspace token, but its stat leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Show every status: %1 jobs on the server match the other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counted by the server (stat), not from the loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses, %1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only jobs whose status is missing or not one the server defines (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>domain-level jobs counted with list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only %1 jobs (%2). Several statuses can be selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stuck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only jobs pending or in progress for longer than the stuck threshold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only stuck jobs: %1 on the server are pending or in progress with no update for over %2 by the server&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of them are loaded in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted by the server (a count_only list) over every status and every job matching the other filters, whatever is loaded or chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stuck, %1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <location filename="../../ui/syncaccountsdialog.cpp" line="+30"/>
        <source>Sync Trusted Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync Trusted Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync %n trusted account(s) now?</source>
        <translation>
            <numerusform>Sync %n trusted account now?</numerusform>
            <numerusform>Sync %n trusted accounts now?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token may not sync these trusted accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The collector of each account runs again: the server starts one new job per account, which appears in the table and is selected. A sync that is already running is not started twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing needs a domain admin, or a workspace owner for the workspace&apos;s own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not synced: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>&amp;Sync %n Accounts</source>
        <translation>
            <numerusform>&amp;Sync %n Account</numerusform>
            <numerusform>&amp;Sync %n Accounts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+64"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sync was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 syncs started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <location filename="../../app/connect/tlspolicy.cpp" line="+68"/>
        <source>The CA bundle %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA bundle %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA bundle %1 is too large to be a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA bundle %1 holds no certificate (expected PEM blocks starting with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject: %1; issuer: %2; valid from %3 to %4; SHA-256 fingerprint: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message>
        <location filename="../../app/api/jwtclaims.cpp" line="+29"/>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/connect/tokeninfo.cpp" line="+91"/>
        <source>Workspace members may view jobs but not delete them; deleting needs a workspace owner or domain admin token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token has the USER role, which has no access to jobs; deleting needs a workspace owner or domain admin token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No token is set for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token&apos;s role %1 is unknown to this app; the server decides whether it may delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token&apos;s role cannot be read (it is not a JWT); the server decides whether it may delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This token expired %1 ago; the server will reject it. Get a new token or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token expires in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role (not a JWT; the server decides what it may do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStorage</name>
    <message>
        <location filename="../../app/connect/tokenstorage.cpp" line="+36"/>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File readable only by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <location filename="../../app/connect/transportpolicy.cpp" line="+27"/>
        <source>Only https:// and http:// server URLs are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is sent unencrypted to %1, as allowed for this connection; anyone on the network path can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to send the token over plain http to %1: anyone on the network path could read and reuse it. Use an https:// URL, or allow plain http for this connection in its settings if you trust the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedAccountSyncer</name>
    <message>
        <location filename="../../app/monitor/trustedaccountsyncer.cpp" line="+52"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already syncing: the server refused a second sync while one runs (%1 failed at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trusted account no longer exists, or is outside this token&apos;s scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed: syncing needs a domain admin, or a workspace owner for the workspace&apos;s own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer (%1): the sync may have started; its job will show in the table if it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A domain-wide trusted account can be synced by a domain admin only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account belongs to another workspace than the token&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace members may not sync trusted accounts; that needs a workspace owner or domain admin token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This token&apos;s role may not sync trusted accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueCountWalk</name>
    <message>
        <location filename="../../app/poll/valuecountwalk.cpp" line="+105"/>
        <source>the server listed jobs without total_count, so they cannot be counted per value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowPager</name>
    <message>
        <location filename="../../app/poll/windowpager.cpp" line="+87"/>
        <source>the server sent %1 rows where %2 were asked; it may not support query.page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlSubsetReader</name>
    <message>
        <location filename="../../app/connect/yamlsubsetreader.cpp" line="+27"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>a backslash ends the quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>bad escape sequence in a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown escape &quot;\%1&quot; in a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unterminated double-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected text after a double-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unterminated single-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after a single-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>inline { } and [ ] collections are not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block scalars (| and &gt;) are not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anchors, aliases and tags are not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a plain value cannot start with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the document must start at the first column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &quot;key: value&quot; at the top level, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+45"/>
        <source>unexpected indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>a list item where &quot;key: value&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected indentation (a value spread over several lines is not supported here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tabs cannot be used for indentation; use spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only one YAML document per file is supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/guiapplication.cpp" line="+106"/>
        <source>Watch and clean up the collection jobs of a SpaceONE deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window once data is shown, save it as a PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milliseconds to wait after the first data before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the built-in sandbox&apos;s generated jobs (a fresh sandbox database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Starting the built-in sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The built-in sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
