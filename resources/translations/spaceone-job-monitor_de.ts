<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../ui/aboutbox.cpp" line="+10"/>
        <source>&lt;h3&gt;SpaceONE Job Monitor %1&lt;/h3&gt;&lt;p&gt;Watch and clean up the collection jobs of a SpaceONE (Cloudforet) deployment.&lt;/p&gt;&lt;p&gt;Commit %2 · Qt %3 (built with %4)&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;br&gt;Report a problem: &lt;a href=&quot;%6&quot;&gt;%6&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SpaceONE Job Monitor %1&lt;/h3&gt;&lt;p&gt;Die Collection-Jobs einer SpaceONE-Installation (Cloudforet) beobachten und aufräumen.&lt;/p&gt;&lt;p&gt;Commit %2 · Qt %3 (erstellt mit %4)&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;br&gt;Ein Problem melden: &lt;a href=&quot;%6&quot;&gt;%6&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About SpaceONE Job Monitor</source>
        <translation>Über SpaceONE Job Monitor</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/api/apierror.cpp" line="+101"/>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time (%1).</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed: %1. Check the server certificate or the CA bundle of this connection.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1. Prüfen Sie das Serverzertifikat oder das CA-Bundle dieser Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a response this app cannot read: %1.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht lesen kann: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer grew beyond %1 and was stopped while downloading. Check that the address is the console API endpoint.</source>
        <translation>Die Antwort des Servers wurde größer als %1 und beim Herunterladen abgebrochen. Prüfen Sie, ob die Adresse der Endpunkt der Konsolen-API ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token expired %1 (its own expiry time says so), so it was not sent. Get a new token or API key.</source>
        <translation>Das Token ist %1 abgelaufen (laut seiner eigenen Ablaufzeit) und wurde daher nicht gesendet. Besorgen Sie ein neues Token oder einen neuen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused: nothing is listening at that address. Check the URL and that the server is running.</source>
        <translation>Verbindung abgelehnt: Unter dieser Adresse lauscht nichts. Prüfen Sie die URL und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host not found: check the server address (%1).</source>
        <translation>Host nicht gefunden: Prüfen Sie die Serveradresse (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor einer Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token or API key is set for this server, so nothing was sent.</source>
        <translation>Für diesen Server ist kein Token und kein API-Schlüssel hinterlegt, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error: %1.</source>
        <translation>Netzwerkfehler: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or gateway answered HTTP %1%2 instead of the API; the server behind it may be down or restarting.</source>
        <translation>Ein Proxy oder Gateway hat statt der API mit HTTP %1%2 geantwortet; der Server dahinter ist vielleicht nicht erreichbar oder startet neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in: the token is expired or invalid (%1). Get a new token or API key.</source>
        <translation>Nicht angemeldet: Das Token ist abgelaufen oder ungültig (%1). Besorgen Sie ein neues Token oder einen neuen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: your role may not do this (%1).</source>
        <translation>Zugriff verweigert: Ihre Rolle darf das nicht (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no such API path (HTTP 404). Check the URL and the path style (console /identity/job/… or v2 /identity/v2/job/…).</source>
        <translation>Der Server kennt diesen API-Pfad nicht (HTTP 404). Prüfen Sie die URL und den Pfadstil (Console /identity/job/… oder V2 /identity/v2/job/…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not allow this method on that path (HTTP 405). Check the URL.</source>
        <translation>Der Server erlaubt diese Methode für diesen Pfad nicht (HTTP 405). Prüfen Sie die URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to slow down (HTTP 429): %1</source>
        <translation>Der Server bittet, langsamer anzufragen (HTTP 429): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is unavailable (HTTP 503): %1</source>
        <translation>Der Dienst ist nicht verfügbar (HTTP 503): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server reported an error (HTTP %1): %2</source>
        <translation>Der Server hat einen Fehler gemeldet (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was canceled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer cannot be read</source>
        <translation>Die Antwort des Servers ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer is too large</source>
        <translation>Die Antwort des Servers ist zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has expired</source>
        <translation>Das Token ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or gateway reported an error</source>
        <translation>Ein Proxy oder Gateway hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is unavailable</source>
        <translation>Der Dienst ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported an error</source>
        <translation>Der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no answer after %1 s</source>
        <translation>keine Antwort nach %1 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>at %1, moments ago</source>
        <translation>am %1, vor wenigen Augenblicken</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at %1, %n minute(s) ago</source>
        <translation>
            <numerusform>am %1, vor %n Minute</numerusform>
            <numerusform>am %1, vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at %1, %n hour(s) ago</source>
        <translation>
            <numerusform>am %1, vor %n Stunde</numerusform>
            <numerusform>am %1, vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
</context>
<context>
    <name>ChoiceComboBox</name>
    <message>
        <location filename="../../ui/choicecombobox.cpp" line="+26"/>
        <source>Type to search</source>
        <translation>Tippen zum Suchen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/clicommand.cpp" line="+10"/>
        <source>List jobs, newest first.</source>
        <translation>Jobs auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the collection jobs that match the filters, newest first, page by page up to --limit jobs. With --format json the output is a JSON array of job objects as the API returns them.</source>
        <translation>Listet die Collection-Jobs, die zu den Filtern passen, die neuesten zuerst, Seite für Seite bis zu --limit Jobs. Mit --format json ist die Ausgabe ein JSON-Array von Job-Objekten, wie die API sie liefert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one job.</source>
        <translation>Einen Job anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows every field of one job, including its error message and options.</source>
        <translation>Zeigt alle Felder eines Jobs, einschließlich Fehlermeldung und Optionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete jobs.</source>
        <translation>Jobs löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the given jobs and reports for each one: deleted, already gone, not allowed or failed. Asks for confirmation on a terminal; without a terminal it refuses unless --yes is given. Deleting a job only removes its record; it does not stop a running collection.</source>
        <translation>Löscht die angegebenen Jobs und meldet für jeden: gelöscht, bereits entfernt, nicht erlaubt oder fehlgeschlagen. Fragt im Terminal nach einer Bestätigung; ohne Terminal wird das Löschen ohne --yes verweigert. Das Löschen entfernt nur den Eintrag des Jobs; eine laufende Collection wird dadurch nicht angehalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count jobs per status or another field.</source>
        <translation>Jobs pro Status oder einem anderen Feld zählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts the jobs that match the filters, grouped by status or by the field given with --by, as the server computes them.</source>
        <translation>Zählt die Jobs, die zu den Filtern passen, gruppiert nach Status oder nach dem mit --by angegebenen Feld, so wie der Server sie berechnet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioption.cpp" line="+15"/>
        <source>Use the connection saved in the application under NAME (its endpoint, path style, CA bundle and token). Options given on the command line override the values of the profile.</source>
        <translation>Die in der Anwendung unter NAME gespeicherte Verbindung verwenden (Endpunkt, Pfadstil, CA-Bundle und Token). Optionen auf der Kommandozeile haben Vorrang vor den Werten des Profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Console API address, e.g. https://console-v2.api.example.com (default: $SPACEONE_ENDPOINT).</source>
        <translation>Adresse der Console-API, z. B. https://console-v2.api.example.com (Standard: $SPACEONE_ENDPOINT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL layout: console (/identity/job/...) or v2 (/identity/v2/job/...).</source>
        <translation>URL-Schema: console (/identity/job/...) oder v2 (/identity/v2/job/...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the access token or API key from FILE (default: $SPACEONE_TOKEN).</source>
        <translation>Zugriffstoken oder API-Schlüssel aus DATEI lesen (Standard: $SPACEONE_TOKEN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token itself. Visible to other users in the process list: prefer --token-file.</source>
        <translation>Das Token selbst. Für andere Benutzer in der Prozessliste sichtbar: besser --token-file verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trust the CA certificates in the PEM FILE (private deployments).</source>
        <translation>Zusätzlich den CA-Zertifikaten in der PEM-DATEI vertrauen (private Installationen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the token over plain http to a host other than this machine. Anyone on the network path can read it; without this option such a request is refused.</source>
        <translation>Das Token über unverschlüsseltes http an einen anderen Rechner als diesen senden. Jeder auf dem Netzwerkweg kann es mitlesen; ohne diese Option wird eine solche Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up on a request after SECONDS without progress, or after three times SECONDS in all, retries included.</source>
        <translation>Eine Anfrage nach SEKUNDEN ohne Fortschritt aufgeben, oder nach insgesamt dreimal SEKUNDEN einschließlich Wiederholungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: table, json or csv.</source>
        <translation>Ausgabeformat: table, json oder csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show ids only and send no request for names. Without it the table shows the names of workspaces, trusted accounts and plugins, and json and csv add workspace_name, trusted_account_name and plugin_name.</source>
        <translation>Nur IDs anzeigen und keine Namen abfragen. Ohne diese Option zeigt die Tabelle die Namen von Workspaces, Trusted Accounts und Plugins, und json und csv ergänzen workspace_name, trusted_account_name und plugin_name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only jobs with this status: pending, in-progress, success, failure, canceled. Repeat or separate with commas for several.</source>
        <translation>Nur Jobs mit diesem Status: pending, in-progress, success, failure, canceled. Für mehrere wiederholen oder durch Kommas trennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only jobs of this workspace; * for domain-level jobs.</source>
        <translation>Nur Jobs dieses Workspace; * für Jobs auf Domain-Ebene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only jobs of this trusted account.</source>
        <translation>Nur Jobs dieses Trusted Accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only jobs run by this collector plugin.</source>
        <translation>Nur Jobs, die dieses Collector-Plugin ausgeführt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server-side search in job ids (list: also statuses).</source>
        <translation>Serverseitige Suche in Job-IDs (list: auch im Status).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List at most N jobs.</source>
        <translation>Höchstens N Jobs auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by FIELD, -FIELD for descending; several separated by commas.</source>
        <translation>Nach FELD sortieren, -FELD für absteigend; mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count per FIELD: status, workspace, trusted-account, plugin, resource-group or any job field.</source>
        <translation>Pro FELD zählen: status, workspace, trusted-account, plugin, resource-group oder ein beliebiges Job-Feld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete without asking for confirmation.</source>
        <translation>Ohne Rückfrage löschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cliinvocation.cpp" line="+56"/>
        <source>refusing to send the token over plain http to %1: anyone on the network path could read and reuse it; use an https:// address, allow plain http for this connection in the application, or pass --allow-plain-http</source>
        <translation>das Token wird nicht über unverschlüsseltes http an %1 gesendet: Jeder auf dem Netzwerkweg könnte es mitlesen und verwenden; verwenden Sie eine https://-Adresse, erlauben Sie unverschlüsseltes http für diese Verbindung in der Anwendung oder geben Sie --allow-plain-http an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refusing to send the token over plain http to %1: anyone on the network path could read and reuse it; use an https:// address, or pass --allow-plain-http if you trust the network</source>
        <translation>das Token wird nicht über unverschlüsseltes http an %1 gesendet: Jeder auf dem Netzwerkweg könnte es mitlesen und verwenden; verwenden Sie eine https://-Adresse oder geben Sie --allow-plain-http an, wenn Sie dem Netzwerk vertrauen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the token file %1: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the token file %1 is empty</source>
        <translation>die Token-Datei %1 ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the token file %1 is readable by other users; consider chmod 600</source>
        <translation>Warnung: Die Token-Datei %1 ist für andere Benutzer lesbar; erwägen Sie chmod 600</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; for the list</source>
        <translation>unbekannter Befehl „%1“; „%2 --help“ zeigt die Liste</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>get takes exactly one job id</source>
        <translation>get erwartet genau eine Job-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete needs at least one job id</source>
        <translation>delete braucht mindestens eine Job-ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a job id is empty</source>
        <translation>eine Job-ID ist leer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown format &apos;%1&apos; (table, json or csv)</source>
        <translation>unbekanntes Format „%1“ (table, json oder csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no server address: pass --endpoint URL or set SPACEONE_ENDPOINT</source>
        <translation>keine Serveradresse: --endpoint URL angeben oder SPACEONE_ENDPOINT setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown path style &apos;%1&apos; (console or v2)</source>
        <translation>unbekannter Pfadstil „%1“ (console oder v2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout needs a number of seconds greater than 0</source>
        <translation>--timeout braucht eine Sekundenzahl größer als 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: --token shows the token to every user of this machine (process list, shell history); prefer --token-file or SPACEONE_TOKEN</source>
        <translation>Warnung: --token zeigt das Token allen Benutzern dieses Rechners (Prozessliste, Shell-Verlauf); besser --token-file oder SPACEONE_TOKEN verwenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown status &apos;%1&apos; (pending, in-progress, success, failure or canceled)</source>
        <translation>unbekannter Status „%1“ (pending, in-progress, success, failure oder canceled)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--limit needs a whole number of jobs greater than 0</source>
        <translation>--limit braucht eine ganze Zahl von Jobs größer als 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot sort by &apos;%1&apos;; fields: %2</source>
        <translation>nach „%1“ kann nicht sortiert werden; Felder: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--by needs a field name such as status or workspace</source>
        <translation>--by braucht einen Feldnamen wie status oder workspace</translation>
    </message>
</context>
<context>
    <name>CliNameLookup</name>
    <message>
        <location filename="../../app/cli/clinamelookup.cpp" line="+114"/>
        <source>note: names did not arrive in time; ids are shown instead.</source>
        <translation>Hinweis: Die Namen kamen nicht rechtzeitig an; stattdessen werden die IDs angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>CliOption</name>
    <message>
        <location filename="../../app/cli/clioption.cpp" line="+99"/>
        <source>Usage: %1 COMMAND [options]
       %1 [--version | --help]

</source>
        <translation>Aufruf: %1 BEFEHL [Optionen]
        %1 [--version | --help]

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitors SpaceONE (Cloudforet) collection jobs. Without a command the desktop window opens.

</source>
        <translation>Überwacht die Collection-Jobs von SpaceONE (Cloudforet). Ohne Befehl öffnet sich das Desktop-Fenster.

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Run &apos;%1 COMMAND --help&apos; for the options of a command.
</source>
        <translation>
„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Desktop window options:
</source>
        <translation>
Optionen für das Desktop-Fenster:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Benutzers verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the window once data is shown, save it as a PNG and quit.</source>
        <translation>Das Fenster zeichnen, sobald Daten angezeigt werden, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milliseconds to wait after the first data before the screenshot.</source>
        <translation>Millisekunden, die nach den ersten Daten bis zum Bildschirmfoto gewartet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the built-in sandbox&apos;s generated jobs (a fresh sandbox database).</source>
        <translation>Startwert für die erzeugten Jobs der eingebauten Sandbox (eine frische Sandbox-Datenbank).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: %1

</source>
        <translation>Aufruf: %1

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Environment:
</source>
        <translation>
Umgebungsvariablen:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console API address when --endpoint is not given.</source>
        <translation>Adresse der Console-API, wenn --endpoint fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token or API key when no token option is given.</source>
        <translation>Zugriffstoken oder API-Schlüssel, wenn keine Token-Option angegeben ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to 1 to let Qt&apos;s own warnings through to stderr.</source>
        <translation>Auf 1 setzen, um die Warnungen von Qt selbst auf stderr auszugeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Exit status:
</source>
        <translation>
Rückgabewert:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request failed, or some jobs could not be deleted.</source>
        <translation>Eine Anfrage ist fehlgeschlagen, oder einige Jobs konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong usage, or deletion refused without confirmation.</source>
        <translation>Falscher Aufruf, oder Löschen ohne Bestätigung verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token was rejected or lacks the permission.</source>
        <translation>Das Token wurde abgelehnt oder hat nicht die nötige Berechtigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job does not exist.</source>
        <translation>Der Job existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CliProfile</name>
    <message>
        <location filename="../../app/cli/cliprofile.cpp" line="+28"/>
        <source>unknown profile &apos;%1&apos;; saved profiles: %2</source>
        <translation>unbekanntes Profil „%1“; gespeicherte Profile: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the token of profile &apos;%1&apos;: %2</source>
        <translation>das Token des Profils „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../../app/cli/clirunner.cpp" line="+155"/>
        <source>note: showing %1 of %2 jobs; raise --limit to see more</source>
        <translation>Hinweis: %1 von %2 Jobs angezeigt; --limit erhöhen, um mehr zu sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more</source>
        <translation>weitere</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>refusing to delete without confirmation: standard input is not a terminal (add --yes)</source>
        <translation>Löschen ohne Bestätigung verweigert: Die Standardeingabe ist kein Terminal (--yes angeben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n job(s) (%1)? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>%n Job löschen (%1)? Das kann nicht rückgängig gemacht werden. [y/N] </numerusform>
            <numerusform>%n Jobs löschen (%1)? Das kann nicht rückgängig gemacht werden. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing deleted</source>
        <translation>nichts gelöscht</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>JOB ID</source>
        <translation>JOB-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 jobs could not be deleted</source>
        <translation>%1 von %2 Jobs konnten nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../../ui/connectioncontroller.cpp" line="+84"/>
        <location line="+22"/>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token of %1 could not be read: %2</source>
        <translation>Das Token von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 has no token: no system keychain is available, so its token was kept only until the app closed. Enter it again in Connections, or keep it in a private file there.</source>
        <translation>%1 hat kein Token: Es ist kein System-Schlüsselbund verfügbar, daher wurde sein Token nur bis zum Beenden der App aufbewahrt. Geben Sie es unter „Verbindungen“ erneut ein, oder legen Sie es dort in einer privaten Datei ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no token: its token is kept only while the app runs. Enter it again in Connections.</source>
        <translation>%1 hat kein Token: Sein Token wird nur aufbewahrt, solange die App läuft. Geben Sie es unter „Verbindungen“ erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is saved for %1. Add a token or API key in Connections.</source>
        <translation>Für %1 ist kein Token gespeichert. Fügen Sie unter „Verbindungen“ ein Token oder einen API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is set, but cannot be used: %2</source>
        <translation>%1 ist gesetzt, kann aber nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="+37"/>
        <source>Console (/identity/job/…)</source>
        <translation>Console (/identity/job/…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V2 (/identity/v2/job/…)</source>
        <translation>V2 (/identity/v2/job/…)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all connections</source>
        <translation>Alle Verbindungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and connect to the selected connection</source>
        <translation>Speichern und mit der ausgewählten Verbindung verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/connectionprofilelist.cpp" line="+70"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (in use)</source>
        <translation> (in Benutzung)</translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="+172"/>
        <source>The app runs this server itself; its address is set when it starts.</source>
        <translation>Die App betreibt diesen Server selbst; seine Adresse wird beim Start festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address was guessed; check it before connecting.</source>
        <translation>Diese Adresse wurde geschätzt; prüfen Sie sie vor dem Verbinden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only used for http:// addresses of other computers; this one does not need it.</source>
        <translation>Nur für http://-Adressen anderer Rechner nötig; diese Adresse braucht es nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/connectiontokeneditor.cpp" line="+118"/>
        <source>Reading the stored token…</source>
        <translation>Gespeichertes Token wird gelesen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token needed for the local sandbox.</source>
        <translation>Die lokale Sandbox braucht kein Token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token. Paste an API key or access token.</source>
        <translation>Kein Token. Fügen Sie einen API-Schlüssel oder ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This role may delete jobs.</source>
        <translation>Diese Rolle darf Jobs löschen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token belongs to workspace %1, so jobs of workspace %2 will not be visible.</source>
        <translation>Das Token gehört zum Workspace %1, daher sind Jobs des Workspace %2 nicht sichtbar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The token is kept for this session only; choose a file to keep it across restarts.</source>
        <translation>%1 Das Token wird nur für diese Sitzung aufbewahrt; wählen Sie eine Datei, damit es einen Neustart übersteht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is forgotten when the app quits.</source>
        <translation>Das Token wird beim Beenden der App vergessen.</translation>
    </message>
    <message>
        <location filename="../../ui/connectionprofilelist.cpp" line="+43"/>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/connectiontokeneditor.cpp" line="-51"/>
        <source>The stored token could not be read: %1</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="+34"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; will be removed when you save.</source>
        <translation>„%1“ wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import from spacectl</source>
        <translation>Aus spacectl importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spacectl &amp;environment:</source>
        <translation>spacectl-&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported spacectl environment &quot;%1&quot;. Check the server URL, then save.</source>
        <translation>spacectl-Umgebung „%1“ importiert. Prüfen Sie die Server-URL und speichern Sie dann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the CA bundle of this deployment</source>
        <translation>CA-Bundle dieser Installation auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../ui/connectionprofilelist.cpp" line="+29"/>
        <location line="+17"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved; storing the token…</source>
        <translation>Gespeichert; das Token wird abgelegt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved, but a token could not be stored: %1</source>
        <translation>Gespeichert, aber ein Token konnte nicht abgelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.ui" line="+14"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved connections; the one selected is edited on the right</source>
        <translation>Die gespeicherten Verbindungen; die ausgewählte wird rechts bearbeitet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a connection</source>
        <translation>Eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate the selected connection</source>
        <translation>Die ausgewählte Verbindung duplizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected connection</source>
        <translation>Die ausgewählte Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import from spacectl…</source>
        <translation>Aus spacectl &amp;importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a connection from spacectl</source>
        <translation>Eine Verbindung aus spacectl importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://console-v2.api.example.com</source>
        <translation>https://console-v2.api.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address of console-api-v2, the SpaceONE REST gateway</source>
        <translation>Adresse von console-api-v2, dem REST-Gateway von SpaceONE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server URL note</source>
        <translation>Hinweis zur Server-URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path st&amp;yle:</source>
        <translation>Pf&amp;adstil:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Path style</source>
        <translation>Pfadstil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Console: /identity/job/…, what console-api-v2 serves; V2: /identity/v2/job/…</source>
        <translation>Console: /identity/job/…, wie console-api-v2 es anbietet; V2: /identity/v2/job/…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Workspace:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All workspaces the token can see</source>
        <translation>Alle Workspaces, die das Token sieht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace scope</source>
        <translation>Workspace-Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional workspace id to limit the jobs shown</source>
        <translation>Optionale Workspace-ID, um die angezeigten Jobs einzugrenzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Poll e&amp;very:</source>
        <translation>Ab&amp;fragen alle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System certificates only</source>
        <translation>Nur Systemzertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA bundle file</source>
        <translation>CA-Bundle-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM file with the certificate authority of a private deployment</source>
        <translation>PEM-Datei mit der Zertifizierungsstelle einer privaten Installation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brows&amp;e…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CA bundle file</source>
        <translation>Eine CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow sending the token over plain &amp;HTTP to this server</source>
        <translation>Senden des Tokens über unverschlüsseltes HTTP an diesen Server er&amp;lauben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow the token over plain HTTP</source>
        <translation>Token über unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plain HTTP warning</source>
        <translation>Warnung zu unverschlüsseltem HTTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+27"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>API key or access token</source>
        <translation>API-Schlüssel oder Zugriffstoken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key or access token; stored in the place chosen below, never in the settings file</source>
        <translation>API-Schlüssel oder Zugriffstoken; wird am unten gewählten Ort abgelegt, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sh&amp;ow</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the token</source>
        <translation>Das Token zeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token warning</source>
        <translation>Token-Warnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token stora&amp;ge:</source>
        <translation>Token-Ablage&amp;ort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token storage</source>
        <translation>Token-Ablageort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the token is kept</source>
        <translation>Wo das Token aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token storage note</source>
        <translation>Hinweis zum Token-Ablageort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../../app/connect/connectionprofile.cpp" line="+18"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server URL, e.g. https://console-v2.api.example.com.</source>
        <translation>Geben Sie die Server-URL ein, z. B. https://console-v2.api.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must start with https:// (or http:// for a local server).</source>
        <translation>Die Server-URL muss mit https:// beginnen (oder mit http:// für einen lokalen Server).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL has no host name.</source>
        <translation>Die Server-URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL must not contain a query (?…) or fragment (#…).</source>
        <translation>Die Server-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the token in the token field, not in the URL.</source>
        <translation>Tragen Sie das Token in das Token-Feld ein, nicht in die URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation>Das Abfrageintervall muss zwischen 1 Sekunde und 1 Stunde liegen.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../../app/connect/connectiontester.cpp" line="+23"/>
        <source>V2 (/identity/v2/job/…)</source>
        <translation>V2 (/identity/v2/job/…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console (/identity/job/…)</source>
        <translation>Console (/identity/job/…)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Asking %1 for a job count…</source>
        <translation>%1 wird nach der Anzahl der Jobs gefragt …</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That path does not exist; trying the %1 path style…</source>
        <translation>Dieser Pfad existiert nicht; der Pfadstil %1 wird versucht …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not exist on this server, and neither does the %2 path. Check that the URL is console-api-v2&apos;s address (e.g. https://console-v2.api.example.com), not the web console&apos;s.</source>
        <translation>%1 existiert auf diesem Server nicht, der Pfad %2 ebenso wenig. Prüfen Sie, ob die URL die Adresse von console-api-v2 ist (z. B. https://console-v2.api.example.com) und nicht die der Web-Konsole.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong path style: %1 does not exist, but the %2 path works (%3). Switch the path style to %2.</source>
        <translation>Falscher Pfadstil: %1 existiert nicht, aber der Pfad %2 funktioniert (%3). Stellen Sie den Pfadstil auf %2 um.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong path style: %1 does not exist, but the %2 path does. Switch the path style to %2; that path then answered: %3</source>
        <translation>Falscher Pfadstil: %1 existiert nicht, aber der Pfad %2. Stellen Sie den Pfadstil auf %2 um; dieser Pfad antwortete: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answer from %1 within %2 s. The server may be down, or a firewall may drop the connection; check the URL and port.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s. Der Server ist vielleicht nicht erreichbar, oder eine Firewall verwirft die Verbindung; prüfen Sie URL und Port.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Refused the secure connection to %1: its certificate is not trusted (%2). If this is a private deployment, ask its administrator for the CA certificate, compare the fingerprint, and set it as this connection&apos;s CA bundle.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: Sein Zertifikat ist nicht vertrauenswürdig (%2). Handelt es sich um eine private Installation, fragen Sie deren Administrator nach dem CA-Zertifikat, vergleichen Sie den Fingerabdruck und legen Sie es als CA-Bundle dieser Verbindung fest.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The server redirects (HTTP %1) to %2 instead of answering. Use the final address as the URL; the token is not sent along redirects.</source>
        <translation>Der Server leitet (HTTP %1) nach %2 weiter, statt zu antworten. Verwenden Sie die endgültige Adresse als URL; das Token wird bei Weiterleitungen nicht mitgesendet.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 answered with far more data than a job count; it is not console-api-v2. Check the URL.</source>
        <translation>%1 hat mit weit mehr Daten als einer Job-Anzahl geantwortet; das ist nicht console-api-v2. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 answered, but not like console-api-v2 (the reply is not a job count). Check that the URL is console-api-v2&apos;s address.</source>
        <translation>%1 hat geantwortet, aber nicht wie console-api-v2 (die Antwort ist keine Job-Anzahl). Prüfen Sie, ob die URL die Adresse von console-api-v2 ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected: %1 jobs visible</source>
        <translation>Verbunden: %1 Jobs sichtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected: %1 jobs visible in workspace %2</source>
        <translation>Verbunden: %1 Jobs im Workspace %2 sichtbar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server wants a token (HTTP 401). Paste an API key or access token.</source>
        <translation>Der Server verlangt ein Token (HTTP 401). Fügen Sie einen API-Schlüssel oder ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the token (HTTP 401: %1). It is expired, revoked or for another deployment; get a new token or API key.</source>
        <translation>Der Server hat das Token abgelehnt (HTTP 401: %1). Es ist abgelaufen, widerrufen oder für eine andere Installation; besorgen Sie ein neues Token oder einen neuen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token is valid, but its role may not read jobs (HTTP 403: %1). Use a domain admin, workspace owner or workspace member token.</source>
        <translation>Das Token ist gültig, aber seine Rolle darf keine Jobs lesen (HTTP 403: %1). Verwenden Sie ein Token eines Domain-Admins, Workspace-Owners oder Workspace-Mitglieds.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist on this server (HTTP 404).</source>
        <translation>%1 existiert auf diesem Server nicht (HTTP 404).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered with an error (HTTP %1: %2).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host not found: the name %1 does not resolve. Check the spelling of the URL, your DNS, VPN or proxy settings.</source>
        <translation>Host nicht gefunden: Der Name %1 lässt sich nicht auflösen. Prüfen Sie die Schreibweise der URL sowie Ihre DNS-, VPN- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection refused by %1: nothing listens at that address and port. Check the URL&apos;s port and that the server is running.</source>
        <translation>Verbindung von %1 abgelehnt: Unter dieser Adresse und diesem Port lauscht nichts. Prüfen Sie den Port der URL und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was canceled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection without answering. Is it an http server, and is the URL&apos;s scheme (http/https) right?</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen. Ist es ein HTTP-Server, und stimmt das Schema der URL (http/https)?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation>Der Proxy ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error talking to %1: %2.</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../app/connect/credentialstore.cpp" line="+50"/>
        <source>The credential store did not answer within %1 s.</source>
        <translation>Der Zugangsdatenspeicher hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <location filename="../../app/connect/credentialvault.cpp" line="+72"/>
        <source>Tokens meant for the keychain are kept for this session only.</source>
        <translation>Tokens für den Schlüsselbund werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token is kept for this session only.</source>
        <translation>Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Per connection; no system keychain, so keychain tokens last for this session only.</source>
        <translation>Pro Verbindung; ohne System-Schlüsselbund halten Schlüsselbund-Tokens nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per connection: system keychain, this session only, or a private file.</source>
        <translation>Pro Verbindung: System-Schlüsselbund, nur diese Sitzung oder eine private Datei.</translation>
    </message>
</context>
<context>
    <name>DeleteJobsDialog</name>
    <message>
        <location filename="../../ui/deleterunreport.cpp" line="+19"/>
        <source>1 job</source>
        <translation>1 Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs</source>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone</source>
        <translation>Bereits entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not allowed: domain-level job</source>
        <translation>Nicht erlaubt: Job auf Domain-Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed (403)</source>
        <translation>Nicht erlaubt (403)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: not allowed</source>
        <translation>Nicht gesendet: nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent (stopped)</source>
        <translation>Nicht gesendet (angehalten)</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="+69"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusted account</source>
        <translation>Trusted Account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+120"/>
        <source>Deleting a job does not stop its collector: only the record goes away, and the collector may keep running.</source>
        <translation>Das Löschen eines Jobs hält seinen Collector nicht an: Nur der Eintrag verschwindet, der Collector kann weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="+100"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Send the deletes that failed again; not the ones that were refused or already gone</source>
        <translation>Die fehlgeschlagenen Löschungen erneut senden; nicht die abgelehnten oder bereits entfernten</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+76"/>
        <source>&amp;Delete Job</source>
        <translation>Job &amp;löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete %1 Jobs</source>
        <translation>%1 Jobs &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="+30"/>
        <location filename="../../ui/deletejobsdialog.cpp" line="+251"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="-254"/>
        <source>Delete job %1?</source>
        <translation>Job %1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This job will be deleted from the server. This cannot be undone.</source>
        <translation>Dieser Job wird vom Server gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These jobs will be deleted from the server. This cannot be undone.</source>
        <translation>Diese Jobs werden vom Server gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows marked &quot;no longer listed&quot; have left the table since you chose them; they are sent too, and the server tells whether they still exist.</source>
        <translation>Mit „Nicht mehr gelistet“ markierte Zeilen sind seit Ihrer Auswahl aus der Tabelle verschwunden; sie werden trotzdem gesendet, und der Server meldet, ob es sie noch gibt.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete Job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../ui/deletejoblist.cpp" line="+33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No longer listed</source>
        <translation>Nicht mehr gelistet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table no longer shows this job. The delete is still sent; if the server no longer has it, it is reported as already gone.</source>
        <translation>Die Tabelle zeigt diesen Job nicht mehr. Die Löschung wird trotzdem gesendet; hat der Server ihn nicht mehr, wird er als bereits entfernt gemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+143"/>
        <source>Delete the jobs listed above</source>
        <translation>Die oben aufgeführten Jobs löschen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Tick the box above to confirm deleting active jobs</source>
        <translation>Setzen Sie oben das Häkchen, um das Löschen aktiver Jobs zu bestätigen</translation>
    </message>
    <message numerus="yes">
        <location line="-214"/>
        <source>%Ln of these jobs are still active (pending or in progress).</source>
        <translation>
            <numerusform>%Ln dieser Jobs ist noch aktiv (wartet oder läuft).</numerusform>
            <numerusform>%Ln dieser Jobs sind noch aktiv (warten oder laufen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&amp;Skip the active jobs: delete only the %Ln finished one(s)</source>
        <translation>
            <numerusform>Aktive Jobs ü&amp;berspringen: nur den beendeten Job löschen</numerusform>
            <numerusform>Aktive Jobs ü&amp;berspringen: nur die %Ln beendeten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Also delete the %Ln active job(s)</source>
        <translation>
            <numerusform>&amp;Auch den aktiven Job löschen</numerusform>
            <numerusform>&amp;Auch die %Ln aktiven Jobs löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.ui" line="-65"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+44"/>
        <location line="+36"/>
        <location line="+122"/>
        <source>delete</source>
        <comment>the word typed to confirm a large deletion</comment>
        <translation>löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-135"/>
        <source>%Ln active job(s) stay.</source>
        <translation>
            <numerusform>%Ln aktiver Job bleibt bestehen.</numerusform>
            <numerusform>%Ln aktive Jobs bleiben bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>By status: %1</source>
        <translation>Nach Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By workspace: %1</source>
        <translation>Nach Workspace: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This deletes %1 at once. To confirm, type %2 or the word &quot;%3&quot;:</source>
        <translation>Damit werden %1 auf einmal gelöscht. Tippen Sie zur Bestätigung %2 oder das Wort „%3“ ein:</translation>
    </message>
    <message>
        <location filename="../../ui/deletejoblist.cpp" line="-8"/>
        <source>Skipped: still active</source>
        <translation>Übersprungen: noch aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not deleted: you chose to skip the active jobs.</source>
        <translation>Nicht gelöscht: Sie haben gewählt, aktive Jobs zu überspringen.</translation>
    </message>
    <message>
        <location filename="../../ui/deletejobsdialog.cpp" line="+123"/>
        <source>Type the number of jobs, or the word &quot;%1&quot;, above to confirm</source>
        <translation>Tippen Sie oben zur Bestätigung die Anzahl der Jobs oder das Wort „%1“ ein</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+32"/>
        <source>No more deletes are sent. Waiting for the answers to %n delete(s) already sent.</source>
        <translation>
            <numerusform>Es werden keine weiteren Löschungen gesendet. Warten auf die Antwort auf %n bereits gesendete Löschung.</numerusform>
            <numerusform>Es werden keine weiteren Löschungen gesendet. Warten auf die Antworten auf %n bereits gesendete Löschungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Close without deleting anything</source>
        <translation>Schließen, ohne etwas zu löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no more deletes; the ones already sent still finish</source>
        <translation>Keine weiteren Löschungen senden; bereits gesendete laufen zu Ende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting %1…</source>
        <translation>%1 werden gelöscht …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes already sent finish even if you stop; the rest are not sent.</source>
        <translation>Bereits gesendete Löschungen laufen auch nach dem Anhalten zu Ende; der Rest wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/deleterunreport.cpp" line="+16"/>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already gone</source>
        <translation>%1 bereits entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not allowed</source>
        <translation>%1 nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not sent (stopped)</source>
        <translation>%1 nicht gesendet (angehalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped (active)</source>
        <translation>%1 übersprungen (aktiv)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Some jobs were not deleted</source>
        <translation>Einige Jobs wurden nicht gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Domain-level jobs (workspace &quot;*&quot;) can only be deleted with a domain admin token.</source>
        <translation>Jobs auf Domain-Ebene (Workspace „*“) lassen sich nur mit dem Token eines Domain-Admins löschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and %1 more; hover over a result for its message.</source>
        <translation>… und %1 weitere; zeigen Sie auf ein Ergebnis, um seine Meldung zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends only the failed deletes again.</source>
        <translation>„Erneut versuchen“ sendet nur die fehlgeschlagenen Löschungen noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Retry 1 Failed</source>
        <translation>1 fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Retry %1 Failed</source>
        <translation>%1 fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
</context>
<context>
    <name>DirectoryListReply</name>
    <message>
        <location filename="../../app/api/directorylistreply.cpp" line="+36"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;results&quot; is not a list</source>
        <translation>&quot;results&quot; ist keine Liste</translation>
    </message>
</context>
<context>
    <name>EnvironmentConnection</name>
    <message>
        <location filename="../../app/connect/environmentconnection.cpp" line="+27"/>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="+19"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
</context>
<context>
    <name>ErrorPreviewPane</name>
    <message>
        <location filename="../../ui/errorpreviewpane.cpp" line="+34"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole error message</source>
        <translation>Die ganze Fehlermeldung kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the error preview (View menu shows it again)</source>
        <translation>Die Fehlervorschau ausblenden (das Menü „Ansicht“ zeigt sie wieder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide error preview</source>
        <translation>Fehlervorschau ausblenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error message of the current job</source>
        <translation>Fehlermeldung des aktuellen Jobs</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Error of %1</source>
        <translation>Fehler von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This job has no error message.</source>
        <translation>Dieser Job hat keine Fehlermeldung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a job to read its whole error message here.</source>
        <translation>Wählen Sie einen Job, um hier seine ganze Fehlermeldung zu lesen.</translation>
    </message>
</context>
<context>
    <name>FileCredentialStore</name>
    <message>
        <location filename="../../app/connect/filecredentialstore.cpp" line="+44"/>
        <source>The token will be saved unencrypted in %1, a file only your user account may read. Anyone who can act as you on this computer, or read your backups, can read it. Prefer the system keychain when one is available.</source>
        <translation>Das Token wird unverschlüsselt in %1 gespeichert, einer Datei, die nur Ihr Benutzerkonto lesen darf. Wer auf diesem Rechner als Sie handeln oder Ihre Sicherungen lesen kann, kann es lesen. Nutzen Sie lieber den System-Schlüsselbund, wenn einer verfügbar ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File %1 (readable only by you)</source>
        <translation>Datei %1 (nur für Sie lesbar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The token file %1 cannot be opened: %2.</source>
        <translation>Die Token-Datei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token file %1 cannot be checked: %2.</source>
        <translation>Die Token-Datei %1 kann nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token file %1 is not a regular file.</source>
        <translation>Die Token-Datei %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token file %1 belongs to another user; refusing to use it.</source>
        <translation>Die Token-Datei %1 gehört einem anderen Benutzer; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token file %1 can be read by other users (mode %2); refusing to use it. Restrict it with &quot;chmod 600 %1&quot;, then replace the tokens in it, since others may have read them.</source>
        <translation>Die Token-Datei %1 ist für andere Benutzer lesbar (Modus %2); sie wird nicht verwendet. Schränken Sie sie mit „chmod 600 %1“ ein und ersetzen Sie dann die Tokens darin, denn andere könnten sie gelesen haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token file %1 cannot be read.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token file %1 is too large to be a token file.</source>
        <translation>Die Datei %1 ist zu groß für eine Token-Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token file %1 is damaged or not a token file; it was left unchanged.</source>
        <translation>Die Token-Datei %1 ist beschädigt oder keine Token-Datei; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The folder for the token file %1 cannot be created.</source>
        <translation>Der Ordner für die Token-Datei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>The token file %1 cannot be written: %2.</source>
        <translation>Die Token-Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The token file %1 could not be written completely.</source>
        <translation>Die Token-Datei %1 konnte nicht vollständig geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token file %1 cannot be replaced: %2.</source>
        <translation>Die Token-Datei %1 kann nicht ersetzt werden: %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+26"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All workspaces</source>
        <translation>Alle Workspaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All trusted accounts</source>
        <translation>Alle Trusted Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plugins</source>
        <translation>Alle Plugins</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Workspace filter</source>
        <translation>Workspace-Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted account filter</source>
        <translation>Trusted-Account-Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin filter</source>
        <translation>Plugin-Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Workspace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted account:</source>
        <translation>&amp;Trusted Account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ugin:</source>
        <translation>Pl&amp;ugin:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search job id, account, plugin, error… (Ctrl+F)</source>
        <translation>Job-ID, Account, Plugin, Fehler suchen … (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search jobs</source>
        <translation>Jobs durchsuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear all filters (Ctrl+Shift+X)</source>
        <translation>Alle Filter zurücksetzen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The number beside each choice is counted by the server (stat) over every job matching the other filters, not from the loaded rows.</source>
        <translation>Die Zahl neben jeder Auswahl zählt der Server (stat) über alle Jobs, die zu den übrigen Filtern passen, nicht über die geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list shows the domain-level jobs (workspace &quot;*&quot;) to this workspace token, but its stat leaves them out.</source>
        <translation>Die Liste zeigt diesem Workspace-Token die Jobs auf Domain-Ebene (Workspace „*“), seine Statistik (stat) lässt sie aber aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted by the server&apos;s stat over every job matching the other filters; &quot;Global (domain)&quot; is counted with a count_only list.</source>
        <translation>Vom Server (stat) über alle Jobs gezählt, die zu den übrigen Filtern passen; „Global (Domain)“ wird mit einer count_only-Liste gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted by the server&apos;s stat over every job matching the other filters, plus the domain-level jobs of each choice, counted with list value by value.</source>
        <translation>Vom Server (stat) über alle Jobs gezählt, die zu den übrigen Filtern passen, dazu die Jobs auf Domain-Ebene jeder Auswahl, Wert für Wert mit list gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain-level jobs have more than %1 different values here: only the first %1 are added.</source>
        <translation>Die Jobs auf Domain-Ebene haben hier mehr als %1 verschiedene Werte: nur die ersten %1 werden hinzugezählt.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <location filename="../../ui/freedesktopnotifications.cpp" line="+73"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>JobApiClient</name>
    <message>
        <location filename="../../app/api/jobapiclient.cpp" line="+53"/>
        <source> (certificate subject: %1; issuer: %2)</source>
        <translation> (Zertifikatsinhaber: %1; Aussteller: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected JSON but the server sent %1 (is the address the console API endpoint?); %2</source>
        <translation>JSON erwartet, aber der Server hat %1 gesendet (ist die Adresse der Endpunkt der Console-API?); %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>no server address is set (an http:// or https:// URL is needed)</source>
        <translation>keine Serveradresse festgelegt (eine http://- oder https://-URL ist nötig)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the token contains spaces, line breaks or non-ASCII characters; check how it was copied</source>
        <translation>das Token enthält Leerzeichen, Zeilenumbrüche oder Nicht-ASCII-Zeichen; prüfen Sie, wie es kopiert wurde</translation>
    </message>
</context>
<context>
    <name>JobDecoder</name>
    <message>
        <location filename="../../app/api/jobdecoder.cpp" line="+54"/>
        <location line="+195"/>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wurde ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected a string, got %2</source>
        <translation>%1: Zeichenkette erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not an ISO 8601 timestamp: &quot;%2&quot;</source>
        <translation>%1: kein ISO-8601-Zeitstempel: „%2“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: expected a number, got &quot;%2&quot;</source>
        <translation>%1: Zahl erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected a number, got %2</source>
        <translation>%1: Zahl erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a count: %2</source>
        <translation>%1: keine Anzahl: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: missing or empty</source>
        <translation>%1: fehlt oder ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <location line="+50"/>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>results: expected an array, got %1</source>
        <translation>results: Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>expected a JSON array of jobs</source>
        <translation>ein JSON-Array von Jobs wurde erwartet</translation>
    </message>
</context>
<context>
    <name>JobDeleter</name>
    <message>
        <location filename="../../app/api/jobdeleter.cpp" line="+14"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone: the server no longer has this job (deleted elsewhere, or outside this token&apos;s workspace).</source>
        <translation>Bereits entfernt: Der Server hat diesen Job nicht mehr (anderswo gelöscht oder außerhalb des Workspace dieses Tokens).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed: this is a domain-level job (workspace &quot;*&quot;); only a domain admin token can delete it. The server answers &quot;not found&quot; to workspace tokens.</source>
        <translation>Nicht erlaubt: Dies ist ein Job auf Domain-Ebene (Workspace „*“); nur das Token eines Domain-Admins kann ihn löschen. Workspace-Tokens antwortet der Server mit „nicht gefunden“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: stopped, or the connection changed, before this job&apos;s turn.</source>
        <translation>Nicht gesendet: angehalten oder die Verbindung gewechselt, bevor dieser Job an der Reihe war.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Not allowed: your role cannot delete jobs. Deleting needs a domain admin or workspace owner token; workspace members can only view them.</source>
        <translation>Nicht erlaubt: Ihre Rolle kann keine Jobs löschen. Zum Löschen braucht es das Token eines Domain-Admins oder Workspace-Owners; Workspace-Mitglieder können Jobs nur ansehen.</translation>
    </message>
</context>
<context>
    <name>JobDetailDialog</name>
    <message>
        <location filename="../../ui/jobdetaildialog.cpp" line="+34"/>
        <source>%1 local · %2</source>
        <translation>%1 Ortszeit · %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobdetaildialog.ui" line="+134"/>
        <location line="+125"/>
        <location line="+85"/>
        <location line="+82"/>
        <location line="+82"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Job ID:</source>
        <translation>Job-ID:</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the job id</source>
        <translation>Die Job-ID kopieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resource group:</source>
        <translation>Ressourcengruppe:</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+3"/>
        <source>Show only this workspace&apos;s jobs in the main window</source>
        <translation>Im Hauptfenster nur die Jobs dieses Workspace anzeigen</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the workspace id</source>
        <translation>Die Workspace-ID kopieren</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+3"/>
        <source>Show only this trusted account&apos;s jobs in the main window</source>
        <translation>Im Hauptfenster nur die Jobs dieses Trusted Accounts anzeigen</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Trusted account:</source>
        <translation>Trusted Account:</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Copy the trusted account id</source>
        <translation>Die Trusted-Account-ID kopieren</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+3"/>
        <source>Show only this plugin&apos;s jobs in the main window</source>
        <translation>Im Hauptfenster nur die Jobs dieses Plugins anzeigen</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Plugin:</source>
        <translation>Plugin:</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the plugin id</source>
        <translation>Die Plugin-ID kopieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Copy the domain id</source>
        <translation>Die Domain-ID kopieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Error message:</source>
        <translation>&amp;Fehlermeldung:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No error message.</source>
        <translation>Keine Fehlermeldung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Raw JSON</source>
        <translation>JSON-Rohdaten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy the whole job as JSON, as the server sends it</source>
        <translation>Den ganzen Job als JSON kopieren, so wie der Server ihn sendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;ync Account Now…</source>
        <translation>Konto jetzt s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fetch this job from the server now</source>
        <translation>Diesen Job jetzt vom Server abrufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="-590"/>
        <location line="+85"/>
        <location line="+82"/>
        <source>Show only</source>
        <translation>Nur diese anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/jobdetaildialog.cpp" line="+190"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Global (domain)</source>
        <translation>Global (Domain)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workspace_id &quot;*&quot;: a domain-level job</source>
        <translation>workspace_id „*“: ein Job auf Domain-Ebene</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> · took %1</source>
        <translation> · Dauer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not finished yet</source>
        <translation>Noch nicht beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not finished yet · running for %1</source>
        <translation>Noch nicht beendet · läuft seit %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job %1 — %2</source>
        <translation>Job %1 — %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>refreshes every %1 s while the job runs</source>
        <translation>wird alle %1 s aktualisiert, solange der Job läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the job list · fetching the current state…</source>
        <translation>Aus der Job-Liste · aktueller Stand wird abgerufen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetched from the server at %1</source>
        <translation>Um %1 vom Server abgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the job list</source>
        <translation>Aus der Job-Liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last known state</source>
        <translation>Letzter bekannter Stand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This job no longer exists on the server: it was deleted elsewhere (or is outside this token&apos;s workspace). The details below are the last known state.</source>
        <translation>Diesen Job gibt es auf dem Server nicht mehr: Er wurde anderswo gelöscht (oder liegt außerhalb des Workspace dieses Tokens). Die Details unten sind der letzte bekannte Stand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This job was deleted. The details below are its last known state.</source>
        <translation>Dieser Job wurde gelöscht. Die Details unten sind sein letzter bekannter Stand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not refresh this job: %1 The details below are the last known state.</source>
        <translation>Dieser Job konnte nicht aktualisiert werden: %1 Die Details unten sind der letzte bekannte Stand.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This job no longer exists.</source>
        <translation>Diesen Job gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this job from the server, after confirmation</source>
        <translation>Diesen Job nach einer Rückfrage vom Server löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run this trusted account&apos;s collector again, after confirmation</source>
        <translation>Den Collector dieses Trusted Accounts nach Bestätigung erneut ausführen</translation>
    </message>
</context>
<context>
    <name>JobDialogController</name>
    <message>
        <location filename="../../ui/jobdialogcontroller.cpp" line="+165"/>
        <source>These jobs name no trusted account to sync.</source>
        <translation>Diese Jobs nennen keinen Trusted Account zum Synchronisieren.</translation>
    </message>
</context>
<context>
    <name>JobFilterControls</name>
    <message>
        <location filename="../../ui/jobfiltercontrols.cpp" line="+61"/>
        <source>This connection is scoped to workspace %1; edit the connection to change it.</source>
        <translation>Diese Verbindung ist auf den Workspace %1 beschränkt; ändern Sie das in der Verbindung.</translation>
    </message>
</context>
<context>
    <name>JobFormat</name>
    <message>
        <location filename="../../app/model/jobformat.cpp" line="+113"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 h</source>
        <translation>in %1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>JobFormatter</name>
    <message>
        <location filename="../../app/cli/jobformatter.cpp" line="+91"/>
        <source>No jobs.
</source>
        <translation>Keine Jobs.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JOB ID</source>
        <translation>JOB-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FINISHED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRUSTED ACCOUNT</source>
        <translation>TRUSTED ACCOUNT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLUGIN</source>
        <translation>PLUGIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* (domain-level job)</source>
        <translation>* (Job auf Domain-Ebene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted account</source>
        <translation>Trusted Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
</context>
<context>
    <name>JobLister</name>
    <message>
        <location filename="../../app/api/joblister.cpp" line="+165"/>
        <source>the server sent rows of an earlier page again (page %1); it may not support query.page</source>
        <translation>der Server hat Zeilen einer früheren Seite erneut gesendet (Seite %1); vielleicht unterstützt er query.page nicht</translation>
    </message>
</context>
<context>
    <name>JobNameDisplay</name>
    <message>
        <location filename="../../app/model/jobnamedisplay.cpp" line="+22"/>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusted account</source>
        <translation>vertrauenswürdiges Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Global (domain)</source>
        <translation>Global (Domain)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain-level (workspace_id &quot;*&quot;)</source>
        <translation>Domänenweit (workspace_id &quot;*&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
No %2 with this id is listed: deleted, or not visible to this token</source>
        <translation>%1
Kein Eintrag (%2) mit dieser ID: gelöscht oder für dieses Token nicht sichtbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
No name: %2</source>
        <translation>%1
Kein Name: %2</translation>
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
%Ln fehlgeschlagen</numerusform>
            <numerusform>%1 — %2
%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln stuck</source>
        <translation>
            <numerusform>%Ln hängt</numerusform>
            <numerusform>%Ln hängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln job(s) failed</source>
        <translation>
            <numerusform>%Ln Job fehlgeschlagen</numerusform>
            <numerusform>%Ln Jobs fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln job(s) stuck</source>
        <translation>
            <numerusform>%Ln Job hängt</numerusform>
            <numerusform>%Ln Jobs hängen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is still pending</source>
        <translation>%1 (%2) wartet noch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2) is still in progress</source>
        <translation>%1 (%2) läuft noch</translation>
    </message>
</context>
<context>
    <name>JobSelectionSummary</name>
    <message>
        <location filename="../../ui/jobselectionsummary.cpp" line="+59"/>
        <source>No workspace</source>
        <translation>Kein Workspace</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n more (%1)</source>
        <translation>
            <numerusform>%n weiterer (%1)</numerusform>
            <numerusform>%n weitere (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln Job</numerusform>
            <numerusform>%Ln Jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../app/api/jobstatus.cpp" line="+46"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../app/model/jobcelltext.cpp" line="+115"/>
        <source>Status &quot;%1&quot; is not one the server defines</source>
        <translation>Der Status „%1“ ist keiner, den der Server kennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No progress for %1: probably stuck</source>
        <translation>Seit %1 kein Fortschritt: hängt vermutlich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not finished yet</source>
        <translation>Noch nicht beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran for %1</source>
        <translation>Lief %1</translation>
    </message>
    <message>
        <location filename="../../app/model/jobtablemodel.cpp" line="+175"/>
        <source>Sorting by this column asks the server for its order and reloads the window.</source>
        <translation>Das Sortieren nach dieser Spalte fragt den Server nach seiner Reihenfolge und lädt den Ausschnitt neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot sort by this column: sorting it orders only the loaded jobs.</source>
        <translation>Der Server kann nicht nach dieser Spalte sortieren: Das Sortieren ordnet nur die geladenen Jobs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job state; unknown values from the server are shown as received</source>
        <translation>Zustand des Jobs; unbekannte Werte des Servers werden wie empfangen angezeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id (job_id)</source>
        <translation>Job-ID (job_id)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted account</source>
        <translation>Trusted Account</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Workspace (its id in the tooltip); &quot;Global (domain)&quot; for domain-level jobs</source>
        <translation>Workspace (ID im Tooltip); &quot;Global (Domain)&quot; für domänenweite Jobs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted account whose resources the job synchronizes (its id in the tooltip)</source>
        <translation>Vertrauenswürdiges Konto, dessen Ressourcen der Job synchronisiert (ID im Tooltip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector plugin that ran the job (its id in the tooltip)</source>
        <translation>Collector-Plugin, das den Job ausgeführt hat (ID im Tooltip)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope of the trusted account: domain or workspace</source>
        <translation>Bereich des Trusted Accounts: Domain oder Workspace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the job was created (local time)</source>
        <translation>Wann der Job erstellt wurde (Ortszeit)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last state change (local time)</source>
        <translation>Letzte Zustandsänderung (Ortszeit)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the job ended (local time); empty while it runs</source>
        <translation>Wann der Job endete (Ortszeit); leer, solange er läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run time; counts up live for pending and running jobs</source>
        <translation>Laufzeit; zählt bei wartenden und laufenden Jobs live mit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error message of a failed job; hover a cell for the full text</source>
        <translation>Fehlermeldung eines fehlgeschlagenen Jobs; zeigen Sie auf eine Zelle für den ganzen Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain id</source>
        <translation>Domain-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <location filename="../../ui/jobtableview.cpp" line="+38"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Scroll up to the jobs that arrived above</source>
        <translation>Nach oben zu den neu hinzugekommenen Jobs scrollen</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%Ln new job(s)</source>
        <translation>
            <numerusform>%Ln neuer Job</numerusform>
            <numerusform>%Ln neue Jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+212"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../../ui/jsontreemodel.cpp" line="+132"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../../app/connect/keychaincredentialstore.cpp" line="+80"/>
        <source>System keychain (service &quot;%1&quot;)</source>
        <translation>System-Schlüsselbund (Dienst „%1“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain refused access: %1.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token could not be removed from the system keychain: %1.</source>
        <translation>Das Token konnte nicht aus dem System-Schlüsselbund entfernt werden: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No system keychain is available (%1). Is a secret service such as GNOME Keyring or KWallet running?</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Läuft ein Secret Service wie GNOME Keyring oder KWallet?</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../ui/maintoolbar.cpp" line="+29"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SpaceONE server whose jobs are shown</source>
        <translation>Der SpaceONE-Server, dessen Jobs angezeigt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;nnection:</source>
        <translation>Ver&amp;bindung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the jobs are fetched</source>
        <translation>Wie oft die Jobs abgerufen werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location line="-32"/>
        <source>Every %n min</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n s</source>
        <translation>
            <numerusform>Jede Sekunde</numerusform>
            <numerusform>Alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+79"/>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the jobs now</source>
        <translation>Die Jobs jetzt abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load Everything</source>
        <translation>Alles neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every job again instead of only what changed</source>
        <translation>Alle Jobs erneut abrufen statt nur der geänderten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>&amp;Pause Updates</source>
        <translation>Aktualisierung an&amp;halten</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Stop polling the server; the table keeps its rows</source>
        <translation>Den Server nicht mehr abfragen; die Tabelle behält ihre Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Resume Updates</source>
        <translation>Aktualisierung &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume polling the server</source>
        <translation>Den Server wieder abfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop polling the server</source>
        <translation>Den Server nicht mehr abfragen</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Job &amp;Details…</source>
        <translation>Job-&amp;Details …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything about the current job</source>
        <translation>Alles über den aktuellen Job anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Jobs…</source>
        <translation>Jobs &amp;löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>Delete the selected jobs, after confirmation</source>
        <translation>Die ausgewählten Jobs nach einer Rückfrage löschen</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync Trusted Account Now…</source>
        <translation>Trusted Account jetzt s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the collector of the selected jobs&apos; trusted accounts again, after confirmation</source>
        <translation>Den Collector der Trusted Accounts der gewählten Jobs nach Bestätigung erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select All &amp;Stuck Jobs</source>
        <translation>Alle &amp;hängenden Jobs auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every stuck job on the server, ready to delete</source>
        <translation>Alle hängenden Jobs auf dem Server auswählen, bereit zum Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Stuck</source>
        <translation>Hängende auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Visible Rows…</source>
        <translation>Sichtbare Zeilen &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown to CSV or JSON</source>
        <translation>Die angezeigten Zeilen als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Clear All Filters</source>
        <translation>Alle Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every job again</source>
        <translation>Wieder alle Jobs anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search job id, trusted account, plugin and error message</source>
        <translation>In Job-ID, Trusted Account, Plugin und Fehlermeldung suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Table</source>
        <translation>Zur &amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the job table</source>
        <translation>Den Tastaturfokus in die Job-Tabelle setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative Times</source>
        <translation>&amp;Relative Zeitangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times as &quot;5 min ago&quot; instead of the local time</source>
        <translation>Zeiten als „vor 5 Min.“ statt als Ortszeit anzeigen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Copy &amp;Error Message</source>
        <translation>&amp;Fehlermeldung kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole error message of the current job</source>
        <translation>Die ganze Fehlermeldung des aktuellen Jobs kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Error &amp;Preview</source>
        <translation>Fehler&amp;vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole error message of the current job under the table</source>
        <translation>Die ganze Fehlermeldung des aktuellen Jobs unter der Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mute Notifications</source>
        <translation>Benachrichtigungen stu&amp;mmschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No desktop notification when a job fails or becomes stuck</source>
        <translation>Keine Desktop-Benachrichtigung, wenn ein Job fehlschlägt oder hängen bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Jobs for the Next Start</source>
        <translation>Jobs für den nächsten Start &amp;behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the jobs shown as the app quits, readable by you only, and show them at once at the next start until the server answers. Turning this off deletes the saved jobs.</source>
        <translation>Die angezeigten Jobs beim Beenden speichern, nur für Sie lesbar, und sie beim nächsten Start sofort zeigen, bis der Server antwortet. Ausschalten löscht die gespeicherten Jobs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit or test SpaceONE connections</source>
        <translation>SpaceONE-Verbindungen hinzufügen, bearbeiten oder testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SpaceONE Job Monitor</source>
        <translation>&amp;Über SpaceONE Job Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, licence and libraries</source>
        <translation>Version, Lizenz und Bibliotheken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About the Qt toolkit</source>
        <translation>Über das Qt-Toolkit</translation>
    </message>
    <message>
        <location filename="../../ui/jobmonitorview.cpp" line="+42"/>
        <source>This is the built-in sandbox: its jobs are simulated, and they change by themselves. To watch a real SpaceONE deployment, add a connection.</source>
        <translation>Dies ist die eingebaute Sandbox: Ihre Jobs sind simuliert und ändern sich von selbst. Um eine echte SpaceONE-Installation zu beobachten, fügen Sie eine Verbindung hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Connection…</source>
        <translation>Verbindung hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+255"/>
        <source>Could not load more jobs: %1 Scroll to the end again to retry.</source>
        <translation>Weitere Jobs konnten nicht geladen werden: %1 Scrollen Sie erneut ans Ende, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/sessionstatuspresenter.cpp" line="+62"/>
        <source>%1 (simulated jobs)</source>
        <translation>%1 (simulierte Jobs)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token expired or is invalid. Enter a new token or API key for this connection.</source>
        <translation>Das Token ist abgelaufen oder ungültig. Geben Sie für diese Verbindung ein neues Token oder einen neuen API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+34"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Open Connections…</source>
        <translation>Verbindungen öffnen …</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Your role may not list jobs here. Ask a domain admin or workspace owner for access.</source>
        <translation>Ihre Rolle darf hier keine Jobs auflisten. Bitten Sie einen Domain-Admin oder Workspace-Owner um Zugriff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no Job API at this path. Check the URL and the path style of the connection.</source>
        <translation>Der Server hat unter diesem Pfad keine Job-API. Prüfen Sie die URL und den Pfadstil der Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>(Tried %n times.)</source>
        <translation>
            <numerusform>(%n-mal versucht.)</numerusform>
            <numerusform>(%n-mal versucht.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table shows the last good data.</source>
        <translation>Die Tabelle zeigt die letzten gültigen Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table shows the jobs saved when the app last closed.</source>
        <translation>Die Tabelle zeigt die Jobs, die beim letzten Schließen der App gespeichert wurden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Neuer Versuch in %n s.</numerusform>
            <numerusform>Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The jobs appear as soon as it answers.</source>
        <translation>Die Jobs erscheinen, sobald eine Antwort kommt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or add a SpaceONE connection to see its jobs.</source>
        <translation>Wählen Sie eine SpaceONE-Verbindung oder fügen Sie eine hinzu, um ihre Jobs zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A token is needed</source>
        <translation>Ein Token wird benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is saved for %1. Add a token or API key in Connections.</source>
        <translation>Für %1 ist kein Token gespeichert. Fügen Sie unter „Verbindungen“ ein Token oder einen API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading jobs…</source>
        <translation>Jobs werden geladen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetching the job list from %1.</source>
        <translation>Die Job-Liste wird von %1 abgerufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No job matches &quot;%1&quot;</source>
        <translation>Kein Job passt zu „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server searched the job id, trusted account, plugin and error message of all %1 jobs that match the filters.</source>
        <translation>Der Server hat Job-ID, Trusted Account, Plugin und Fehlermeldung aller %1 Jobs durchsucht, die zu den Filtern passen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No jobs match these filters</source>
        <translation>Keine Jobs passen zu diesen Filtern</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) are loaded, but none match the current filters.</source>
        <translation>
            <numerusform>%n Job ist geladen, aber er passt nicht zu den aktuellen Filtern.</numerusform>
            <numerusform>%n Jobs sind geladen, aber keiner passt zu den aktuellen Filtern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Clear All Filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs yet</source>
        <translation>Noch keine Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This connection has no collection jobs. New jobs appear here as collectors run.</source>
        <translation>Diese Verbindung hat keine Collection-Jobs. Neue Jobs erscheinen hier, sobald Collectors laufen.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+33"/>
        <source>Delete the %1 jobs selected on the server, after confirmation</source>
        <translation>Die %1 auf dem Server ausgewählten Jobs nach Bestätigung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+163"/>
        <source>SpaceONE Job Monitor</source>
        <translation>SpaceONE Job Monitor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — SpaceONE Job Monitor</source>
        <translation>%1 — SpaceONE Job Monitor</translation>
    </message>
    <message>
        <location filename="../../ui/visiblerowsexporter.cpp" line="+46"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Visible Rows</source>
        <translation>Sichtbare Zeilen exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>%n Job nach %1 exportiert</numerusform>
            <numerusform>%n Jobs nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sessionstatuspresenter.cpp" line="+8"/>
        <source>These are the jobs saved when the app last closed. Delete once the server has listed them.</source>
        <translation>Dies sind die beim letzten Schließen der App gespeicherten Jobs. Löschen Sie erst, wenn der Server sie aufgelistet hat.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+54"/>
        <source>Copied the error message of %1.</source>
        <translation>Die Fehlermeldung von %1 wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../ui/mainwindowmenus.cpp" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Update &amp;Interval</source>
        <translation>Aktualisierungs&amp;intervall</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reload &amp;Everything Every</source>
        <translation>Vollständiges &amp;Neuladen alle</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Window Size</source>
        <translation>Ausschnitts&amp;größe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 jobs</source>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load every job while at most %1 match; beyond that, load the first %1 in the table&apos;s order and more as the table is scrolled</source>
        <translation>Alle Jobs laden, solange höchstens %1 passen; darüber hinaus die ersten %1 in der Reihenfolge der Tabelle laden und weitere beim Scrollen</translation>
    </message>
</context>
<context>
    <name>NameDirectory</name>
    <message>
        <location filename="../../app/api/namedirectory.cpp" line="+35"/>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted accounts</source>
        <translation>Trusted Accounts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>%1: the token may not list them (permission denied); ids are shown instead.</source>
        <translation>%1: Das Token darf sie nicht auflisten (keine Berechtigung); stattdessen werden die IDs angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server does not offer their list (no such path); ids are shown instead.</source>
        <translation>%1: Der Server bietet ihre Liste nicht an (Pfad unbekannt); stattdessen werden die IDs angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: names could not be loaded: %2</source>
        <translation>%1: Die Namen konnten nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/noticebar.cpp" line="+38"/>
        <location line="+1"/>
        <source>Close this note</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>PendingJobSelection</name>
    <message numerus="yes">
        <location filename="../../ui/pendingjobselection.cpp" line="+56"/>
        <source>%n new job(s) not listed yet; they will show with a later update.</source>
        <translation>
            <numerusform>%n neuer Job noch nicht gelistet; er erscheint mit einer späteren Aktualisierung.</numerusform>
            <numerusform>%n neue Jobs noch nicht gelistet; sie erscheinen mit einer späteren Aktualisierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new job(s) hidden by the filters; clear them to see every job.</source>
        <translation>
            <numerusform>%n neuer Job durch die Filter ausgeblendet; setzen Sie sie zurück, um alle Jobs zu sehen.</numerusform>
            <numerusform>%n neue Jobs durch die Filter ausgeblendet; setzen Sie sie zurück, um alle Jobs zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new job(s) selected.</source>
        <translation>
            <numerusform>%n neuer Job ausgewählt.</numerusform>
            <numerusform>%n neue Jobs ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollStatusBar</name>
    <message>
        <location filename="../../ui/pollstatusbar.cpp" line="+56"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — no token</source>
        <translation>%1 — kein Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — paused</source>
        <translation>%1 — angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — connection problem</source>
        <translation>%1 — Verbindungsproblem</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln saved job(s)</source>
        <translation>
            <numerusform>%Ln gespeicherter Job</numerusform>
            <numerusform>%Ln gespeicherte Jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1 of %2 saved</source>
        <translation>%1 von %2 gespeicherten angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jobs this connection showed when the app last closed. The server&apos;s jobs replace them as soon as it answers.</source>
        <translation>Die Jobs, die diese Verbindung beim letzten Schließen der App zeigte. Die Jobs des Servers ersetzen sie, sobald er antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln Job</numerusform>
            <numerusform>%Ln Jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 jobs are loaded; the filters in the table show %2 of them.</source>
        <translation>%1 Jobs sind geladen; die Filter der Tabelle zeigen %2 davon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All loaded</source>
        <translation>Alle geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every matching job is loaded, so sorting and search run in the app. When more than %1 match, the table becomes a window onto the server.</source>
        <translation>Alle passenden Jobs sind geladen, daher sortiert und sucht die App selbst. Passen mehr als %1, wird die Tabelle zu einem Ausschnitt der Jobs auf dem Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of the %2 matching jobs are loaded.</source>
        <translation>%1 der %2 passenden Jobs sind geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server searched all %1 jobs that match the filters.</source>
        <translation>Der Server hat alle %1 Jobs durchsucht, die zu den Filtern passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window · searched on the server</source>
        <translation>Ausschnitt · auf dem Server gesucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading more…</source>
        <translation>weitere werden geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More jobs match (%1) than the window loads at once (%2). Sorting by a column asks the server for its order, the search runs on the server, and scrolling to the end loads the next %3.</source>
        <translation>Es passen mehr Jobs (%1), als der Ausschnitt auf einmal lädt (%2). Das Sortieren nach einer Spalte fragt den Server nach seiner Reihenfolge, die Suche läuft auf dem Server, und Scrollen ans Ende lädt die nächsten %3.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Full · %1</source>
        <translation>Vollständig · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delta · %1</source>
        <translation>Delta · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweep · %1</source>
        <translation>Abgleich · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a full listing of every matching job</source>
        <translation>eine vollständige Liste aller passenden Jobs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the jobs changed since the last poll</source>
        <translation>nur die seit der letzten Abfrage geänderten Jobs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the changed jobs, then the job ids of %1 of %2 time ranges whose counts differed</source>
        <translation>die geänderten Jobs, dann die Job-IDs von %1 der %2 Zeitbereiche mit abweichender Anzahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last poll: %1.</source>
        <translation>Letzte Abfrage: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests: %1 (%2 sent, %3 received).</source>
        <translation>Anfragen: %1 (%2 gesendet, %3 empfangen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows added, changed or removed: %1.</source>
        <translation>Hinzugefügte, geänderte oder entfernte Zeilen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full listing runs every %1 min and whenever the filter or connection changes.</source>
        <translation>Eine vollständige Liste wird alle %1 min abgerufen und bei jeder Änderung von Filter oder Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next full listing: %1.</source>
        <translation>Nächste vollständige Liste: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Jobs saved %1 — waiting for the server</source>
        <translation>Jobs gespeichert %1 — warte auf den Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Vor %n s aktualisiert</numerusform>
            <numerusform>Vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale — last good data %1</source>
        <translation>Veraltet — letzte gültige Daten %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>retrying in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../app/connect/profilestore.cpp" line="+62"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+188"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>A connection with the id &quot;%1&quot; exists already.</source>
        <translation>Eine Verbindung mit der ID „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The built-in local sandbox cannot be removed.</source>
        <translation>Die eingebaute lokale Sandbox kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ResourceGroup</name>
    <message>
        <location filename="../../app/api/resourcegroup.cpp" line="+37"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ServerSelectionBar</name>
    <message>
        <location filename="../../ui/serverselectionbar.cpp" line="+49"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collect the ids of every job the filters match on the server and select them, loaded or not</source>
        <translation>Die IDs aller Jobs, die auf dem Server zu den Filtern passen, sammeln und auswählen, ob geladen oder nicht</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 stuck job</source>
        <translation>1 hängender Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 stuck jobs</source>
        <translation>%1 hängende Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 matching job</source>
        <translation>1 passender Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matching jobs</source>
        <translation>%1 passende Jobs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collecting the stuck jobs from the server…</source>
        <translation>Die hängenden Jobs werden vom Server gesammelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting the matching jobs from the server…</source>
        <translation>Die passenden Jobs werden vom Server gesammelt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting; nothing is selected</source>
        <translation>Sammeln beenden; nichts wird ausgewählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not collect the stuck jobs from the server: %1</source>
        <translation>Die hängenden Jobs konnten nicht vom Server gesammelt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not collect the matching jobs from the server: %1</source>
        <translation>Die passenden Jobs konnten nicht vom Server gesammelt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server has no stuck jobs for these filters.</source>
        <translation>Der Server hat für diese Filter keine hängenden Jobs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No job on the server matches these filters.</source>
        <translation>Kein Job auf dem Server passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected %1 on the server (%2 loaded); press Delete to delete them.</source>
        <translation>%1 auf dem Server ausgewählt (%2 geladen); zum Löschen Entf drücken.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The first %1 of %2 on the server are selected (a selection holds at most %3).</source>
        <translation>Die ersten %1 von %2 auf dem Server sind ausgewählt (eine Auswahl umfasst höchstens %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the server is selected.</source>
        <translation>%1 auf dem Server ist ausgewählt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on the server are selected.</source>
        <translation>%1 auf dem Server sind ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them are loaded and selected in the table; Delete acts on all %2, as they were when collected.</source>
        <translation>%1 davon sind geladen und in der Tabelle ausgewählt; Löschen wirkt auf alle %2, so wie sie beim Sammeln waren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete 1 Job…</source>
        <translation>1 Job &amp;löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete %1 Jobs…</source>
        <translation>%1 Jobs &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete every selected job on the server, after confirmation</source>
        <translation>Alle auf dem Server ausgewählten Jobs nach Bestätigung löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear Selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the server&apos;s set; Delete then acts on the rows selected in the table</source>
        <translation>Die Auswahl auf dem Server verwerfen; Löschen wirkt dann auf die in der Tabelle ausgewählten Zeilen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All %1 loaded jobs are selected; %2 match the search on the server.</source>
        <translation>Alle %1 geladenen Jobs sind ausgewählt; auf dem Server passen %2 zur Suche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 loaded jobs are selected; %2 match the filters on the server.</source>
        <translation>Alle %1 geladenen Jobs sind ausgewählt; auf dem Server passen %2 zu den Filtern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select All %1 on the Server</source>
        <translation>Alle %1 auf dem Server auswählen</translation>
    </message>
</context>
<context>
    <name>SessionCredentialStore</name>
    <message>
        <location filename="../../app/connect/sessioncredentialstore.cpp" line="+29"/>
        <source>This session only: the token is forgotten when the app quits.</source>
        <translation>Nur diese Sitzung: Das Token wird beim Beenden der App vergessen.</translation>
    </message>
</context>
<context>
    <name>SpacectlImporter</name>
    <message>
        <location filename="../../app/connect/spacectlimporter.cpp" line="+23"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a spacectl configuration file.</source>
        <translation>%1 ist zu groß für eine spacectl-Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid spacectl configuration file (%2).</source>
        <translation>%1 ist keine gültige spacectl-Konfigurationsdatei (%2).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No spacectl configuration found: %1 does not exist. Run &quot;spacectl config init&quot; first, or add the connection by hand.</source>
        <translation>Keine spacectl-Konfiguration gefunden: %1 existiert nicht. Führen Sie zuerst „spacectl config init“ aus, oder fügen Sie die Verbindung von Hand hinzu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no spacectl environment (*.yml).</source>
        <translation>%1 enthält keine spacectl-Umgebung (*.yml).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a valid spacectl environment name.</source>
        <translation>„%1“ ist kein gültiger Name für eine spacectl-Umgebung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spacectl environment &quot;%1&quot; does not exist (%2 is missing).</source>
        <translation>Die spacectl-Umgebung „%1“ existiert nicht (%2 fehlt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: api_key must be a single text value.</source>
        <translation>%1: api_key muss ein einzelner Textwert sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no api_key. Set one with &quot;spacectl config set api_key …&quot;, or add the connection by hand.</source>
        <translation>%1 hat keinen api_key. Setzen Sie einen mit „spacectl config set api_key …“, oder fügen Sie die Verbindung von Hand hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: api_key contains spaces or line breaks, so it is not a valid key.</source>
        <translation>%1: api_key enthält Leerzeichen oder Zeilenumbrüche und ist daher kein gültiger Schlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: endpoints must be a list of &quot;service: address&quot; lines.</source>
        <translation>%1: endpoints muss eine Liste von Zeilen „Dienst: Adresse“ sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the endpoint of %2 must be a single address.</source>
        <translation>%1: Der Endpunkt von %2 muss eine einzelne Adresse sein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Taken from spacectl&apos;s &quot;%1&quot; endpoint.</source>
        <translation>Aus dem spacectl-Endpunkt „%1“ übernommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>spacectl lists no endpoints; enter console-api-v2&apos;s address.</source>
        <translation>spacectl nennt keine Endpunkte; geben Sie die Adresse von console-api-v2 ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>spacectl&apos;s endpoint &quot;%1&quot; is not an address this app understands; enter console-api-v2&apos;s address.</source>
        <translation>Der spacectl-Endpunkt „%1“ ist keine Adresse, die diese App versteht; geben Sie die Adresse von console-api-v2 ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guessed: spacectl talks to %1 on this computer, so console-api-v2 is assumed at its local development address. Check it.</source>
        <translation>Geschätzt: spacectl spricht mit %1 auf diesem Rechner, daher wird console-api-v2 unter seiner lokalen Entwicklungsadresse angenommen. Bitte prüfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spacectl uses %1, a gRPC address this app cannot turn into console-api-v2&apos;s REST address (console-api-v2 is a separate service). Enter its address, e.g. https://console-v2.api.example.com.</source>
        <translation>spacectl verwendet %1, eine gRPC-Adresse, aus der diese App die REST-Adresse von console-api-v2 nicht ableiten kann (console-api-v2 ist ein eigener Dienst). Geben Sie dessen Adresse ein, z. B. https://console-v2.api.example.com.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guessed from spacectl&apos;s gRPC address %1: console-api-v2 usually runs at console-v2.&lt;domain&gt;. Check it.</source>
        <translation>Aus der gRPC-Adresse %1 von spacectl geschätzt: console-api-v2 läuft meist unter console-v2.&lt;Domain&gt;. Bitte prüfen.</translation>
    </message>
</context>
<context>
    <name>StatusOverview</name>
    <message>
        <location filename="../../ui/statusoverview.cpp" line="+182"/>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Counted by the server (stat) over every job matching the other filters.</source>
        <translation>Vom Server (stat) über alle Jobs gezählt, die zu den übrigen Filtern passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted by the server&apos;s stat; with list, no domain-level jobs (workspace &quot;*&quot;) have this status.</source>
        <translation>Vom Server (stat) gezählt; laut list hat kein Job auf Domain-Ebene (Workspace „*“) diesen Status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>%1 counted by the server&apos;s stat, plus %2 domain-level jobs (workspace &quot;*&quot;) counted with list: the list shows them to this workspace token, but its stat leaves them out.</source>
        <translation>%1 vom Server (stat) gezählt, dazu %2 Jobs auf Domain-Ebene (Workspace „*“), mit list gezählt: die Liste zeigt sie diesem Workspace-Token, seine Statistik (stat) lässt sie aber aus.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Show every status: %1 jobs on the server match the other filters.</source>
        <translation>Alle Status zeigen: %1 Jobs auf dem Server passen zu den übrigen Filtern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counted by the server (stat), not from the loaded rows.</source>
        <translation>Vom Server (stat) gezählt, nicht aus den geladenen Zeilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses, %1 jobs</source>
        <translation>Alle Status, %1 Jobs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only jobs whose status is missing or not one the server defines (%1).</source>
        <translation>Nur Jobs zeigen, deren Status fehlt oder keiner der vom Server definierten ist (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>domain-level jobs counted with list: %1</source>
        <translation>Jobs auf Domain-Ebene, mit list gezählt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only %1 jobs (%2). Several statuses can be selected.</source>
        <translation>Nur Jobs mit Status „%1“ anzeigen (%2). Mehrere Status lassen sich auswählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 jobs</source>
        <translation>%1, %2 Jobs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stuck %1</source>
        <translation>Hängend %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only jobs pending or in progress for longer than the stuck threshold (%1).</source>
        <translation>Nur Jobs zeigen, die länger als die Hängend-Schwelle (%1) wartend oder laufend sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only stuck jobs: %1 on the server are pending or in progress with no update for over %2 by the server&apos;s clock.</source>
        <translation>Nur hängende Jobs zeigen: %1 auf dem Server sind wartend oder laufend, ohne Aktualisierung seit über %2 nach der Uhr des Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of them are loaded in the table.</source>
        <translation>%1 davon sind in der Tabelle geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted by the server (a count_only list) over every status and every job matching the other filters, whatever is loaded or chosen.</source>
        <translation>Vom Server (eine count_only-Liste) über alle Status und alle Jobs gezählt, die zu den übrigen Filtern passen, unabhängig davon, was geladen oder gewählt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stuck, %1 jobs</source>
        <translation>Hängend, %1 Jobs</translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <location filename="../../ui/syncaccountsdialog.cpp" line="+30"/>
        <source>Sync Trusted Account</source>
        <translation>Trusted Account synchronisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync Trusted Accounts</source>
        <translation>Trusted Accounts synchronisieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync %1 now?</source>
        <translation>%1 jetzt synchronisieren?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync %n trusted account(s) now?</source>
        <translation>
            <numerusform>%n Trusted Account jetzt synchronisieren?</numerusform>
            <numerusform>%n Trusted Accounts jetzt synchronisieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token may not sync these trusted accounts</source>
        <translation>Dieses Token darf diese Trusted Accounts nicht synchronisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The collector of each account runs again: the server starts one new job per account, which appears in the table and is selected. A sync that is already running is not started twice.</source>
        <translation>Der Collector jedes Kontos läuft erneut: Der Server startet einen neuen Job pro Konto, der in der Tabelle erscheint und ausgewählt wird. Eine bereits laufende Synchronisierung wird nicht doppelt gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing needs a domain admin, or a workspace owner for the workspace&apos;s own accounts.</source>
        <translation>Synchronisieren braucht einen Domain-Admin oder, für die eigenen Konten des Workspaces, einen Workspace-Owner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not synced: %1 (%2)</source>
        <translation>Nicht synchronisiert: %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted account</source>
        <translation>Trusted Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>&amp;Sync %n Accounts</source>
        <translation>
            <numerusform>%n Konto &amp;synchronisieren</numerusform>
            <numerusform>%n Konten &amp;synchronisieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+64"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already syncing</source>
        <translation>Synchronisiert bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account not found</source>
        <translation>Konto nicht gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sync was started</source>
        <translation>Keine Synchronisierung wurde gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 syncs started</source>
        <translation>%1 von %2 Synchronisierungen gestartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <location filename="../../app/connect/tlspolicy.cpp" line="+68"/>
        <source>The CA bundle %1 does not exist.</source>
        <translation>Das CA-Bundle %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA bundle %1 is not a file.</source>
        <translation>Das CA-Bundle %1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA bundle %1 is too large to be a certificate file.</source>
        <translation>Das CA-Bundle %1 ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA bundle %1 holds no certificate (expected PEM blocks starting with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Das CA-Bundle %1 enthält kein Zertifikat (erwartet werden PEM-Blöcke, die mit „-----BEGIN CERTIFICATE-----“ beginnen).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject: %1; issuer: %2; valid from %3 to %4; SHA-256 fingerprint: %5</source>
        <translation>Inhaber: %1; Aussteller: %2; gültig von %3 bis %4; SHA-256-Fingerabdruck: %5</translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message>
        <location filename="../../app/api/jwtclaims.cpp" line="+29"/>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation>Die Nutzdaten des Tokens sind kein gültiges base64url.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>Die Nutzdaten des Tokens sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../../app/connect/tokeninfo.cpp" line="+91"/>
        <source>Workspace members may view jobs but not delete them; deleting needs a workspace owner or domain admin token.</source>
        <translation>Workspace-Mitglieder dürfen Jobs ansehen, aber nicht löschen; zum Löschen braucht es das Token eines Workspace-Owners oder Domain-Admins.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token has the USER role, which has no access to jobs; deleting needs a workspace owner or domain admin token.</source>
        <translation>Dieses Token hat die Rolle USER, die keinen Zugriff auf Jobs hat; zum Löschen braucht es das Token eines Workspace-Owners oder Domain-Admins.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No token is set for this connection.</source>
        <translation>Für diese Verbindung ist kein Token festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token&apos;s role %1 is unknown to this app; the server decides whether it may delete.</source>
        <translation>Die Rolle %1 des Tokens kennt diese App nicht; der Server entscheidet, ob sie löschen darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token&apos;s role cannot be read (it is not a JWT); the server decides whether it may delete.</source>
        <translation>Die Rolle des Tokens lässt sich nicht lesen (es ist kein JWT); der Server entscheidet, ob es löschen darf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain admin</source>
        <translation>Domain-Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace owner</source>
        <translation>Workspace-Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace member</source>
        <translation>Workspace-Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown role</source>
        <translation>Unbekannte Rolle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system token</source>
        <translation>System-Token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no expiry</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired %1 ago</source>
        <translation>abgelaufen vor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This token expired %1 ago; the server will reject it. Get a new token or API key.</source>
        <translation>Dieses Token ist vor %1 abgelaufen; der Server wird es ablehnen. Besorgen Sie ein neues Token oder einen neuen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token expires in %1.</source>
        <translation>Dieses Token läuft in %1 ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role (not a JWT; the server decides what it may do)</source>
        <translation>Unbekannte Rolle (kein JWT; der Server entscheidet, was es darf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role (%1)</source>
        <translation>Unbekannte Rolle (%1)</translation>
    </message>
</context>
<context>
    <name>TokenStorage</name>
    <message>
        <location filename="../../app/connect/tokenstorage.cpp" line="+36"/>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File readable only by you</source>
        <translation>Datei, nur für Sie lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <location filename="../../app/connect/transportpolicy.cpp" line="+27"/>
        <source>Only https:// and http:// server URLs are supported.</source>
        <translation>Nur Server-URLs mit https:// und http:// werden unterstützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is sent unencrypted to %1, as allowed for this connection; anyone on the network path can read it.</source>
        <translation>Das Token wird unverschlüsselt an %1 gesendet, wie für diese Verbindung erlaubt; jeder auf dem Netzwerkweg kann es lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to send the token over plain http to %1: anyone on the network path could read and reuse it. Use an https:// URL, or allow plain http for this connection in its settings if you trust the network.</source>
        <translation>Das Token wird nicht über unverschlüsseltes http an %1 gesendet: Jeder auf dem Netzwerkweg könnte es lesen und wiederverwenden. Verwenden Sie eine https://-URL, oder erlauben Sie unverschlüsseltes http in den Einstellungen dieser Verbindung, wenn Sie dem Netzwerk vertrauen.</translation>
    </message>
</context>
<context>
    <name>TrustedAccountSyncer</name>
    <message>
        <location filename="../../app/monitor/trustedaccountsyncer.cpp" line="+52"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already syncing: the server refused a second sync while one runs (%1 failed at once).</source>
        <translation>Synchronisiert bereits: Der Server lehnt eine zweite Synchronisierung ab, solange eine läuft (%1 ist sofort fehlgeschlagen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trusted account no longer exists, or is outside this token&apos;s scope.</source>
        <translation>Der Trusted Account existiert nicht mehr oder liegt außerhalb des Bereichs dieses Tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed: syncing needs a domain admin, or a workspace owner for the workspace&apos;s own accounts.</source>
        <translation>Nicht erlaubt: Synchronisieren braucht einen Domain-Admin oder, für die eigenen Konten des Workspaces, einen Workspace-Owner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer (%1): the sync may have started; its job will show in the table if it did.</source>
        <translation>Keine Antwort (%1): Die Synchronisierung wurde vielleicht gestartet; falls ja, erscheint ihr Job in der Tabelle.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A domain-wide trusted account can be synced by a domain admin only.</source>
        <translation>Einen domänenweiten Trusted Account kann nur ein Domain-Admin synchronisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account belongs to another workspace than the token&apos;s.</source>
        <translation>Dieses Konto gehört zu einem anderen Workspace als das Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace members may not sync trusted accounts; that needs a workspace owner or domain admin token.</source>
        <translation>Workspace-Mitglieder dürfen Trusted Accounts nicht synchronisieren; dazu braucht es das Token eines Workspace-Owners oder Domain-Admins.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This token&apos;s role may not sync trusted accounts.</source>
        <translation>Die Rolle dieses Tokens darf Trusted Accounts nicht synchronisieren.</translation>
    </message>
</context>
<context>
    <name>ValueCountWalk</name>
    <message>
        <location filename="../../app/poll/valuecountwalk.cpp" line="+105"/>
        <source>the server listed jobs without total_count, so they cannot be counted per value</source>
        <translation>der Server hat Jobs ohne total_count aufgelistet, daher können sie nicht pro Wert gezählt werden</translation>
    </message>
</context>
<context>
    <name>WindowPager</name>
    <message>
        <location filename="../../app/poll/windowpager.cpp" line="+87"/>
        <source>the server sent %1 rows where %2 were asked; it may not support query.page</source>
        <translation>der Server hat %1 Zeilen gesendet, wo %2 erbeten waren; vielleicht unterstützt er query.page nicht</translation>
    </message>
</context>
<context>
    <name>YamlSubsetReader</name>
    <message>
        <location filename="../../app/connect/yamlsubsetreader.cpp" line="+27"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>a backslash ends the quoted string</source>
        <translation>ein Backslash beendet die Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>bad escape sequence in a quoted string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown escape &quot;\%1&quot; in a quoted string</source>
        <translation>unbekannte Escape-Sequenz „\%1“ in einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unterminated double-quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected text after a double-quoted string</source>
        <translation>unerwarteter Text nach einer Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unterminated single-quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in einfachen Anführungszeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after a single-quoted string</source>
        <translation>unerwarteter Text nach einer Zeichenkette in einfachen Anführungszeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>inline { } and [ ] collections are not supported here</source>
        <translation>eingebettete Sammlungen mit { } und [ ] werden hier nicht unterstützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block scalars (| and &gt;) are not supported here</source>
        <translation>Blockskalare (| und &gt;) werden hier nicht unterstützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anchors, aliases and tags are not supported here</source>
        <translation>Anker, Aliase und Tags werden hier nicht unterstützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a plain value cannot start with &quot;%1&quot;</source>
        <translation>ein einfacher Wert darf nicht mit „%1“ beginnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the document must start at the first column</source>
        <translation>das Dokument muss in der ersten Spalte beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &quot;key: value&quot; at the top level, found a list</source>
        <translation>auf oberster Ebene wurde „Schlüssel: Wert“ erwartet, aber eine Liste gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+45"/>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>a list item where &quot;key: value&quot; was expected</source>
        <translation>ein Listeneintrag, wo „Schlüssel: Wert“ erwartet wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;key: value&quot;</source>
        <translation>„Schlüssel: Wert“ erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key is empty</source>
        <translation>ein Schlüssel ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected indentation (a value spread over several lines is not supported here)</source>
        <translation>unerwartete Einrückung (ein Wert über mehrere Zeilen wird hier nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tabs cannot be used for indentation; use spaces</source>
        <translation>Tabulatoren sind zur Einrückung nicht erlaubt; verwenden Sie Leerzeichen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only one YAML document per file is supported</source>
        <translation>nur ein YAML-Dokument pro Datei wird unterstützt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/guiapplication.cpp" line="+106"/>
        <source>Watch and clean up the collection jobs of a SpaceONE deployment.</source>
        <translation>Die Collection-Jobs einer SpaceONE-Installation beobachten und aufräumen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window once data is shown, save it as a PNG and quit.</source>
        <translation>Das Fenster zeichnen, sobald Daten angezeigt werden, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milliseconds to wait after the first data before the screenshot.</source>
        <translation>Millisekunden, die nach den ersten Daten bis zum Bildschirmfoto gewartet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the built-in sandbox&apos;s generated jobs (a fresh sandbox database).</source>
        <translation>Startwert für die erzeugten Jobs der eingebauten Sandbox (eine frische Sandbox-Datenbank).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Benutzers verwenden.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Starting the built-in sandbox…</source>
        <translation>Die eingebaute Sandbox wird gestartet …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The built-in sandbox did not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
