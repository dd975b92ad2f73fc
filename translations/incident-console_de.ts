<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddNoteCommand</name>
    <message>
        <location filename="../models/IncidentCommands.cpp" line="8"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>ChangeStatusCommand</name>
    <message>
        <location filename="../models/IncidentCommands.cpp" line="35"/>
        <source>Set status to %1</source>
        <translation>Status auf „%1“ setzen</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../models/Event.cpp" line="87"/>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="88"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="89"/>
        <source>Severity changed</source>
        <translation>Schweregrad geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="90"/>
        <source>Role assigned</source>
        <translation>Rolle zugewiesen</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="91"/>
        <source>Role handed off</source>
        <translation>Rolle übergeben</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="92"/>
        <source>Runbook step</source>
        <translation>Runbook-Schritt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="93"/>
        <source>Action executed</source>
        <translation>Aktion ausgeführt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="94"/>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="95"/>
        <source>Health changed</source>
        <translation>Zustand geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="96"/>
        <source>Replication changed</source>
        <translation>Replikation geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="97"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="98"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="194"/>
        <source>the event has no actor</source>
        <translation>das Ereignis hat keinen Akteur</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="196"/>
        <source>&quot;%1&quot; is not a valid event kind</source>
        <translation>„%1“ ist kein gültiger Ereignistyp</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="207"/>
        <source>a declaration needs a title</source>
        <translation>zum Ausrufen fehlt der Titel</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="209"/>
        <source>a declaration needs a severity SEV1 to SEV4</source>
        <translation>zum Ausrufen fehlt der Schweregrad SEV1 bis SEV4</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="211"/>
        <source>a declaration needs a commander</source>
        <translation>zum Ausrufen fehlt der Incident Commander</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="213"/>
        <source>a declaration must say whether it is an exercise</source>
        <translation>beim Ausrufen muss angegeben sein, ob es eine Übung ist</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="217"/>
        <source>a status change needs valid &quot;from&quot; and &quot;to&quot; statuses</source>
        <translation>eine Statusänderung braucht einen gültigen alten und neuen Status („from“ und „to“)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="221"/>
        <source>a severity change needs valid &quot;from&quot; and &quot;to&quot; severities</source>
        <translation>eine Änderung des Schweregrads braucht einen gültigen alten und neuen Schweregrad („from“ und „to“)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="225"/>
        <source>a role assignment needs a role and a person</source>
        <translation>eine Rollenzuweisung braucht eine Rolle und eine Person</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="229"/>
        <source>a role handoff needs a role and the person taking over</source>
        <translation>eine Rollenübergabe braucht eine Rolle und die Person, die übernimmt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="233"/>
        <source>a note needs text</source>
        <translation>eine Notiz braucht einen Text</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="237"/>
        <source>a correction must name the seq it corrects</source>
        <translation>eine Korrektur muss die seq des korrigierten Ereignisses nennen</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="263"/>
        <source>Exercise declared: %1 (%2, commander %3)</source>
        <translation>Übung ausgerufen: %1 (%2, Commander %3)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="264"/>
        <source>Incident declared: %1 (%2, commander %3)</source>
        <translation>Incident ausgerufen: %1 (%2, Commander %3)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="267"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="269"/>
        <source>Severity: %1 → %2</source>
        <translation>Schweregrad: %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="271"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="273"/>
        <source>%1 handed off: %2 → %3</source>
        <translation>%1 übergeben: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="280"/>
        <source>undone in the console</source>
        <translation>in der Konsole rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="283"/>
        <source>Retracts #%1</source>
        <translation>Nimmt #%1 zurück</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="284"/>
        <source>Retracts #%1 (reason: %2)</source>
        <translation>Nimmt #%1 zurück (Grund: %2)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="285"/>
        <source>Corrects #%1: %2</source>
        <translation>Korrigiert #%1: %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="286"/>
        <source>Corrects #%1: %2 (reason: %3)</source>
        <translation>Korrigiert #%1: %2 (Grund: %3)</translation>
    </message>
</context>
<context>
    <name>IncidentCtl</name>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="70"/>
        <source>Declare a new incident in a new file.</source>
        <translation>Ruft einen neuen Incident in einer neuen Datei aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="71"/>
        <source>Append a note, a status change or a correction.</source>
        <translation>Hängt eine Notiz, eine Statusänderung oder eine Korrektur an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="72"/>
        <source>Show the state of an incident: status, severity, key times, roles.</source>
        <translation>Zeigt den Stand eines Incidents: Status, Schweregrad, wichtige Zeitpunkte, Rollen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="73"/>
        <source>Check the hash chain of an incident file.</source>
        <translation>Prüft die Hash-Kette einer Incident-Datei.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="74"/>
        <source>Write the state and every event as JSON, CSV or Markdown.</source>
        <translation>Gibt den Stand und alle Ereignisse als JSON, CSV oder Markdown aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="75"/>
        <source>Show this overview, or the help of a command.</source>
        <translation>Zeigt diese Übersicht oder die Hilfe zu einem Befehl an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="85"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="135"/>
        <source>Show this overview.</source>
        <translation>Zeigt diese Übersicht an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="86"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="136"/>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="87"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="137"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="148"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="180"/>
        <source>Language of the messages, for example de.</source>
        <translation>Sprache der Meldungen, zum Beispiel de.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="89"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="94"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="111"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="163"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>„%1 --help“ zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="101"/>
        <source>%1: missing COMMAND</source>
        <translation>%1: COMMAND fehlt</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="110"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="162"/>
        <source>%1: unknown command &apos;%2&apos;</source>
        <translation>%1: unbekannter Befehl „%2“</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="126"/>
        <source>Usage: %1 [--lang LANG] COMMAND [options] FILE</source>
        <translation>Aufruf: %1 [--lang LANG] COMMAND [Optionen] FILE</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="127"/>
        <source>Declare, log, inspect, verify and export incident files without the console window.</source>
        <translation>Incidents ausrufen, protokollieren, ansehen, prüfen und exportieren – ohne das Fenster von Incident Console.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="128"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="133"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="140"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>„%1 COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="141"/>
        <source>Exit status: 0 success, 1 failure, 2 bad usage.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="149"/>
        <source>The command to explain.</source>
        <translation>Der Befehl, zu dem die Hilfe angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="154"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="173"/>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="206"/>
        <source>missing FILE argument</source>
        <translation>das Argument FILE fehlt</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="210"/>
        <source>unexpected argument &apos;%1&apos; (only one FILE is accepted)</source>
        <translation>unerwartetes Argument „%1“ (nur ein FILE ist erlaubt)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="214"/>
        <source>FILE must not be empty</source>
        <translation>FILE darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="223"/>
        <source>Run &apos;%1 %2 --help&apos; for its options.</source>
        <translation>„%1 %2 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="237"/>
        <source>%1 UTC (local %2)</source>
        <translation>%1 UTC (lokal %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="247"/>
        <source>Declare a new incident: create FILE and append the &apos;declared&apos; event.</source>
        <translation>Ruft einen neuen Incident aus: legt FILE an und hängt das Ereignis „declared“ an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="248"/>
        <source>The incident file to create (for example db-failover.incident). It must not exist.</source>
        <translation>Die neue Incident-Datei (zum Beispiel db-failover.incident). Sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="249"/>
        <source>What is happening, in a few words (required).</source>
        <translation>Was passiert, in wenigen Worten (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="252"/>
        <source>Severity: %1 (required).</source>
        <translation>Schweregrad: %1 (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="255"/>
        <source>Incident commander (default: your login name, %1).</source>
        <translation>Incident Commander (Standard: Ihr Anmeldename, %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="257"/>
        <source>Mark the incident as an exercise, not a real outage.</source>
        <translation>Kennzeichnet den Incident als Übung, nicht als echten Ausfall.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="268"/>
        <source>--title is required</source>
        <translation>--title ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="270"/>
        <source>--severity is required (%1)</source>
        <translation>--severity ist erforderlich (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="273"/>
        <source>unknown severity &apos;%1&apos; (expected %2)</source>
        <translation>unbekannter Schweregrad „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="278"/>
        <source>--commander must not be empty</source>
        <translation>--commander darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="286"/>
        <source>Declared exercise &quot;%1&quot; in %2</source>
        <translation>Übung „%1“ in %2 ausgerufen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="287"/>
        <source>Declared incident &quot;%1&quot; in %2</source>
        <translation>Incident „%1“ in %2 ausgerufen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="290"/>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="290"/>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="291"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="454"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="292"/>
        <source>Commander:</source>
        <translation>Commander:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="304"/>
        <source>Append one event to an incident. Returns only after the event is safely on disk.

  --kind note --text TEXT
  --kind status_changed --status STATUS
  --kind correction --corrects SEQ --reason REASON [--text TEXT]</source>
        <translation>Hängt ein Ereignis an einen Incident an. Kehrt erst zurück, wenn das Ereignis sicher
auf dem Datenträger gespeichert ist.

  --kind note --text TEXT
  --kind status_changed --status STATUS
  --kind correction --corrects SEQ --reason REASON [--text TEXT]</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="308"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="427"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="499"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="547"/>
        <source>The incident file.</source>
        <translation>Die Incident-Datei.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="309"/>
        <source>Event kind: %1 (required).</source>
        <translation>Ereignistyp: %1 (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="311"/>
        <source>The note; for a correction, the corrected text.</source>
        <translation>Der Text der Notiz; bei einer Korrektur der korrigierte Text.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="312"/>
        <source>New status: %1.</source>
        <translation>Neuer Status: %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="314"/>
        <source>Seq of the event a correction takes back.</source>
        <translation>Seq des Ereignisses, das die Korrektur zurücknimmt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="315"/>
        <source>Why the correction is made.</source>
        <translation>Grund für die Korrektur.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="316"/>
        <source>Who did it (default: your login name, %1).</source>
        <translation>Wer es getan hat (Standard: Ihr Anmeldename, %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="319"/>
        <source>The actor&apos;s incident role, for example %1.</source>
        <translation>Rolle der handelnden Person im Incident, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="329"/>
        <source>--kind is required (%1)</source>
        <translation>--kind ist erforderlich (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="333"/>
        <source>kind %1 cannot be logged from the command line (use %2)</source>
        <translation>der Ereignistyp %1 kann nicht über die Kommandozeile protokolliert werden (möglich: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="345"/>
        <source>--%1 does not apply to --kind %2</source>
        <translation>--%1 gilt nicht für --kind %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="350"/>
        <source>--actor must not be empty</source>
        <translation>--actor darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="359"/>
        <source>--kind note needs --text</source>
        <translation>--kind note erfordert --text</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="363"/>
        <source>--kind status_changed needs --status (%1)</source>
        <translation>--kind status_changed erfordert --status (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="366"/>
        <source>unknown status &apos;%1&apos; (expected %2)</source>
        <translation>unbekannter Status „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="373"/>
        <source>--kind correction needs --corrects SEQ</source>
        <translation>--kind correction erfordert --corrects SEQ</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="375"/>
        <source>--corrects needs a positive event seq, not &apos;%1&apos;</source>
        <translation>--corrects erfordert eine positive Ereignis-seq, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="377"/>
        <source>--kind correction needs --reason</source>
        <translation>--kind correction erfordert --reason</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="393"/>
        <source>%1: status not changed: %2</source>
        <translation>%1: Status nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="410"/>
        <source>Logged note as seq %1 in %2</source>
        <translation>Notiz als seq %1 in %2 protokolliert</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="413"/>
        <source>Logged status change to %1 as seq %2 in %3</source>
        <translation>Statusänderung auf %1 als seq %2 in %3 protokolliert</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="416"/>
        <source>Logged correction of seq %1 as seq %2 in %3</source>
        <translation>Korrektur von seq %1 als seq %2 in %3 protokolliert</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="426"/>
        <source>Show the state derived from an incident&apos;s events. Opens the file read-only.</source>
        <translation>Zeigt den aus den Ereignissen eines Incidents abgeleiteten Stand. Öffnet die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="428"/>
        <source>Print JSON instead of text.</source>
        <translation>Gibt JSON statt Text aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="450"/>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="450"/>
        <source>(not declared)</source>
        <translation>(nicht ausgerufen)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="451"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="451"/>
        <source>%1 (format %2)</source>
        <translation>%1 (Format %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="452"/>
        <source>Exercise:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="452"/>
        <source>yes, a rehearsal, not a real outage</source>
        <translation>ja, eine Übung, kein echter Ausfall</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="452"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="453"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="456"/>
        <source>Declared:</source>
        <translation>Ausgerufen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="456"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="457"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="457"/>
        <source>%1, the last at %2</source>
        <translation>%1, zuletzt am %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="458"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="463"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="461"/>
        <source>Status first entered:</source>
        <translation>Status erstmals erreicht:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="478"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="480"/>
        <source>none assigned</source>
        <translation>keine zugewiesen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="488"/>
        <source>Corrected events: %1</source>
        <translation>Korrigierte Ereignisse: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="497"/>
        <source>Recompute the hash chain of an incident file and name the first event that was
changed, deleted, inserted or reordered. Opens the file read-only.</source>
        <translation>Berechnet die Hash-Kette einer Incident-Datei neu und nennt das erste Ereignis, das
geändert, gelöscht, eingefügt oder umsortiert wurde. Öffnet die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="500"/>
        <source>Print the result as JSON (the exit status stays the same).</source>
        <translation>Gibt das Ergebnis als JSON aus (der Exit-Status bleibt gleich).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="527"/>
        <source>%1: the hash chain is broken</source>
        <translation>%1: die Hash-Kette ist unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="528"/>
        <source>first bad event: seq %1 (%2)</source>
        <translation>erstes fehlerhaftes Ereignis: seq %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="533"/>
        <source>chain intact: 1 event, head hash %1</source>
        <translation>Kette intakt: 1 Ereignis, Head-Hash %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="534"/>
        <source>chain intact: %1 events, head hash %2</source>
        <translation>Kette intakt: %1 Ereignisse, Head-Hash %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="545"/>
        <source>Write an incident&apos;s state and every event as JSON, CSV or a Markdown report
for auditors. Opens the file read-only.</source>
        <translation>Gibt den Stand eines Incidents und alle Ereignisse als JSON, CSV oder als
Markdown-Bericht für das Audit aus. Öffnet die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="548"/>
        <source>json, csv or markdown (required).</source>
        <translation>json, csv oder markdown (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="549"/>
        <source>Write to OUT instead of standard output.</source>
        <translation>Schreibt nach OUT statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="557"/>
        <source>--format is required (json, csv or markdown)</source>
        <translation>--format ist erforderlich (json, csv oder markdown)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="560"/>
        <source>unknown format &apos;%1&apos; (expected json, csv or markdown)</source>
        <translation>unbekanntes Format „%1“ (erwartet: json, csv oder markdown)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="563"/>
        <source>-o needs a file name</source>
        <translation>-o erfordert einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="568"/>
        <source>refusing to write the export over the incident file %1</source>
        <translation>der Export wird nicht über die Incident-Datei %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="579"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="583"/>
        <source>cannot write to standard output: %1</source>
        <translation>Schreiben auf die Standardausgabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="590"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="596"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="597"/>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <location filename="../models/IncidentExport.cpp" line="202"/>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="204"/>
        <source>Cannot write the export to %1: %2</source>
        <translation>Der Export kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="257"/>
        <source>(untitled incident)</source>
        <translation>(Incident ohne Titel)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="259"/>
        <source>Incident report: %1</source>
        <translation>Incident-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="261"/>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="262"/>
        <source>This incident was a rehearsal, not a real outage.</source>
        <translation>Dieser Incident war eine Übung, kein echter Ausfall.</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="270"/>
        <source>could not be checked: %1</source>
        <translation>konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="273"/>
        <source>intact: 1 event, head hash %1</source>
        <translation>intakt: 1 Ereignis, Head-Hash %1</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="274"/>
        <source>intact: %1 events, head hash %2</source>
        <translation>intakt: %1 Ereignisse, Head-Hash %2</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="277"/>
        <source>BROKEN</source>
        <translation>UNTERBROCHEN</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="278"/>
        <source>first bad event: seq %1 (%2)</source>
        <translation>erstes fehlerhaftes Ereignis: seq %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="284"/>
        <location filename="../models/IncidentExport.cpp" line="302"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="285"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="287"/>
        <source>Declared (UTC)</source>
        <translation>Ausgerufen (UTC)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="288"/>
        <source>Declared by</source>
        <translation>Ausgerufen von</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="290"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="292"/>
        <source>Last event (UTC)</source>
        <translation>Letztes Ereignis (UTC)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="293"/>
        <source>Incident file</source>
        <translation>Incident-Datei</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="294"/>
        <source>Hash chain</source>
        <translation>Hash-Kette</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="295"/>
        <source>Report written (UTC)</source>
        <translation>Bericht erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="298"/>
        <source>Key timestamps (UTC)</source>
        <translation>Wichtige Zeitpunkte (UTC)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="300"/>
        <source>No status was entered.</source>
        <translation>Es wurde kein Status erreicht.</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="302"/>
        <source>First entered (UTC)</source>
        <translation>Erstmals erreicht (UTC)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="303"/>
        <source>After declaration</source>
        <translation>Nach dem Ausrufen</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="314"/>
        <source>Role holders</source>
        <translation>Rollenbesetzung</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="316"/>
        <source>No roles were assigned.</source>
        <translation>Es wurden keine Rollen zugewiesen.</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="318"/>
        <location filename="../models/IncidentExport.cpp" line="325"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="318"/>
        <source>Holder</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="324"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="325"/>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="325"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="325"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="326"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="326"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="333"/>
        <source>corrected by seq %1</source>
        <translation>korrigiert durch seq %1</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="343"/>
        <source>Events marked as corrected stay in the log unchanged; the correction is a later event.</source>
        <translation>Als korrigiert markierte Ereignisse bleiben unverändert im Protokoll; die Korrektur ist ein späteres Ereignis.</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="366"/>
        <source>No incident file is open.</source>
        <translation>Es ist keine Incident-Datei geöffnet.</translation>
    </message>
    <message>
        <location filename="../models/IncidentExport.cpp" line="368"/>
        <source>The export target is not open for writing.</source>
        <translation>Das Exportziel ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="40"/>
        <source>Investigating</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="41"/>
        <source>Identified</source>
        <translation>Ursache erkannt</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="42"/>
        <source>Mitigating</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="43"/>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="44"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="45"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="62"/>
        <source>Cannot move from %1 to %2: %3</source>
        <translation>Statuswechsel von „%1“ zu „%2“ nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="65"/>
        <source>the incident already has this status</source>
        <translation>der Incident hat diesen Status bereits</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="67"/>
        <source>a closed incident is final; declare a new incident instead</source>
        <translation>ein abgeschlossener Incident ist endgültig; rufen Sie stattdessen einen neuen Incident aus</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="70"/>
        <source>an incident must be resolved before it is closed</source>
        <translation>ein Incident muss behoben sein, bevor er abgeschlossen wird</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="79"/>
        <source>a resolved incident can only be reopened as investigating</source>
        <translation>ein behobener Incident kann nur mit dem Status „Untersuchung“ wieder geöffnet werden</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="80"/>
        <source>only monitoring or resolved incidents can go back</source>
        <translation>zurück geht es nur aus den Status „Beobachtung“ und „Behoben“</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="104"/>
        <source>SEV1 — critical: customers cannot use the product</source>
        <translation>SEV1 — kritisch: Kunden können das Produkt nicht nutzen</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="105"/>
        <source>SEV2 — major: a core function is degraded for many</source>
        <translation>SEV2 — hoch: eine Kernfunktion ist für viele eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="106"/>
        <source>SEV3 — minor: limited impact, workaround exists</source>
        <translation>SEV3 — mittel: begrenzte Auswirkung, Workaround vorhanden</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="107"/>
        <source>SEV4 — low: no customer impact yet</source>
        <translation>SEV4 — niedrig: noch keine Auswirkung auf Kunden</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="129"/>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="131"/>
        <source>Communications lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="133"/>
        <source>Operations lead</source>
        <translation>Technische Leitung</translation>
    </message>
    <message>
        <location filename="../models/IncidentStatus.cpp" line="135"/>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../widgets/Presentation.cpp" line="62"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="70"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="79"/>
        <source>local %1</source>
        <translation>lokal %1</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="90"/>
        <source>Resolved after</source>
        <translation>Behoben nach</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="91"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="102"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <location filename="../models/TimelineStore.cpp" line="160"/>
        <source>%1: %2: the file is locked by another program (waited %3 s)</source>
        <translation>%1: %2: die Datei ist von einem anderen Programm gesperrt (%3 s gewartet)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="163"/>
        <source>%1: %2: the file is damaged (%3)</source>
        <translation>%1: %2: die Datei ist beschädigt (%3)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="165"/>
        <source>%1: not an incident file (%2)</source>
        <translation>%1: keine Incident-Datei (%2)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="167"/>
        <source>%1: %2: the file is read-only (%3)</source>
        <translation>%1: %2: die Datei ist schreibgeschützt (%3)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="169"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="194"/>
        <source>cannot write the schema</source>
        <translation>Schreiben des Schemas fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="209"/>
        <source>cannot open</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="223"/>
        <source>%1: a file with this name already exists</source>
        <translation>%1: eine Datei mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="226"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="260"/>
        <source>cannot write metadata</source>
        <translation>Schreiben der Metadaten fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="271"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="273"/>
        <source>%1: not an incident file (it is a folder or a device)</source>
        <translation>%1: keine Incident-Datei (sondern ein Ordner oder ein Gerät)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="279"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="282"/>
        <source>%1: not an incident file (not a SQLite database)</source>
        <translation>%1: keine Incident-Datei (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="286"/>
        <source>%1: not an incident file (a SQLite database of another program)</source>
        <translation>%1: keine Incident-Datei (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="298"/>
        <source>%1: the file is write-protected; open it read-only</source>
        <translation>%1: die Datei ist nicht beschreibbar; öffnen Sie sie schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="326"/>
        <location filename="../models/TimelineStore.cpp" line="330"/>
        <source>cannot read the file</source>
        <translation>Lesen der Datei fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="335"/>
        <source>%1: not an incident file</source>
        <translation>%1: keine Incident-Datei</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="338"/>
        <source>%1: written by a newer version of Incident Console (file format %2, this version reads up to %3); update the program to open it</source>
        <translation>%1: mit einer neueren Version von Incident Console geschrieben (Dateiformat %2, diese Version liest bis Format %3); aktualisieren Sie das Programm, um die Datei zu öffnen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="363"/>
        <source>%1: cannot upgrade the file from format %2 to %3: %4</source>
        <translation>%1: die Datei kann nicht von Format %2 auf Format %3 aktualisiert werden: %4</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="378"/>
        <source>%1: event refused: %2</source>
        <translation>%1: Ereignis abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="394"/>
        <location filename="../models/TimelineStore.cpp" line="406"/>
        <location filename="../models/TimelineStore.cpp" line="436"/>
        <location filename="../models/TimelineStore.cpp" line="440"/>
        <location filename="../models/TimelineStore.cpp" line="457"/>
        <source>cannot append</source>
        <translation>Anhängen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="481"/>
        <location filename="../models/TimelineStore.cpp" line="485"/>
        <source>cannot index</source>
        <translation>Indizieren fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="426"/>
        <location filename="../models/TimelineStore.cpp" line="503"/>
        <location filename="../models/TimelineStore.cpp" line="536"/>
        <location filename="../models/TimelineStore.cpp" line="556"/>
        <location filename="../models/TimelineStore.cpp" line="626"/>
        <location filename="../models/TimelineStore.cpp" line="655"/>
        <source>no incident file is open</source>
        <translation>keine Incident-Datei geöffnet</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="428"/>
        <source>%1: opened read-only; nothing can be added</source>
        <translation>%1: schreibgeschützt geöffnet; es kann nichts hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="490"/>
        <source>cannot commit</source>
        <translation>Festschreiben fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="511"/>
        <location filename="../models/TimelineStore.cpp" line="539"/>
        <location filename="../models/TimelineStore.cpp" line="546"/>
        <location filename="../models/TimelineStore.cpp" line="587"/>
        <location filename="../models/TimelineStore.cpp" line="606"/>
        <location filename="../models/TimelineStore.cpp" line="637"/>
        <location filename="../models/TimelineStore.cpp" line="647"/>
        <source>cannot read</source>
        <translation>Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="544"/>
        <source>%1: there is no event with seq %2</source>
        <translation>%1: es gibt kein Ereignis mit seq %2</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="660"/>
        <location filename="../models/TimelineStore.cpp" line="714"/>
        <source>cannot verify</source>
        <translation>Prüfen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="686"/>
        <source>event %1 is missing; the next stored event is %2 (events were deleted)</source>
        <translation>Ereignis %1 fehlt; das nächste gespeicherte Ereignis ist %2 (Ereignisse wurden gelöscht)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="693"/>
        <source>a field has the wrong type (the row was altered)</source>
        <translation>ein Feld hat den falschen Typ (die Zeile wurde verändert)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="697"/>
        <source>its prev_hash does not match the hash of event %1 (events were inserted, removed or reordered before it)</source>
        <translation>sein prev_hash passt nicht zum Hash von Ereignis %1 (davor wurden Ereignisse eingefügt, entfernt oder umsortiert)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="704"/>
        <source>%1: cannot verify: SHA-256 is not available</source>
        <translation>%1: Prüfen nicht möglich: SHA-256 ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="709"/>
        <source>its content does not match its hash (the event was changed)</source>
        <translation>sein Inhalt passt nicht zu seinem Hash (das Ereignis wurde verändert)</translation>
    </message>
</context>
<context>
    <name>ic::EventDetailsPanel</name>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="100"/>
        <source>Select an event in the timeline to read it here in full.</source>
        <translation>Wählen Sie ein Ereignis in der Timeline aus, um es hier vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="117"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="117"/>
        <source>by %1, %2</source>
        <comment>by actor, role</comment>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="118"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="123"/>
        <source>local time is UTC</source>
        <translation>Ortszeit ist UTC</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="124"/>
        <source>local %1</source>
        <translation>lokal %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="125"/>
        <source>%1 UTC · %2</source>
        <comment>event time in UTC, then in local time</comment>
        <translation>%1 UTC · %2</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="133"/>
        <source>Corrects &lt;a href=&quot;%1&quot;&gt;event %2&lt;/a&gt;</source>
        <translation>Korrigiert &lt;a href=&quot;%1&quot;&gt;Ereignis %2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="137"/>
        <source>Corrected by &lt;a href=&quot;%1&quot;&gt;event %2&lt;/a&gt;; this entry no longer stands as written.</source>
        <translation>Korrigiert durch &lt;a href=&quot;%1&quot;&gt;Ereignis %2&lt;/a&gt;; dieser Eintrag gilt so nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="142"/>
        <source>hash:</source>
        <translation>hash:</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="142"/>
        <source>prev_hash:</source>
        <translation>prev_hash:</translation>
    </message>
</context>
<context>
    <name>ic::Incident</name>
    <message>
        <location filename="../models/Incident.cpp" line="41"/>
        <source>An incident needs a title.</source>
        <translation>Ein Incident braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="43"/>
        <source>An incident needs a commander.</source>
        <translation>Ein Incident braucht einen Incident Commander.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="157"/>
        <location filename="../models/Incident.cpp" line="208"/>
        <source>No incident is open.</source>
        <translation>Es ist kein Incident geöffnet.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="162"/>
        <source>This incident has already been declared.</source>
        <translation>Dieser Incident wurde bereits ausgerufen.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="193"/>
        <source>A note needs text.</source>
        <translation>Eine Notiz braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="216"/>
        <source>Event %1 is itself a correction; correct the original event instead.</source>
        <translation>Ereignis %1 ist selbst eine Korrektur; korrigieren Sie stattdessen das ursprüngliche Ereignis.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="218"/>
        <source>Event %1 was already corrected by event %2.</source>
        <translation>Ereignis %1 wurde bereits durch Ereignis %2 korrigiert.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="223"/>
        <source>Only the latest status change can be taken back (event %1 is not).</source>
        <translation>Nur die letzte Statusänderung kann zurückgenommen werden (Ereignis %1 ist es nicht).</translation>
    </message>
</context>
<context>
    <name>ic::IncidentHeader</name>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="197"/>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="201"/>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="198"/>
        <source>This is an exercise — not a real incident</source>
        <translation>Dies ist eine Übung – kein echter Incident</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="202"/>
        <source>The file is open read-only; nothing can be added</source>
        <translation>Die Datei ist schreibgeschützt geöffnet; es kann nichts hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="277"/>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="281"/>
        <source>(untitled incident)</source>
        <translation>(Incident ohne Titel)</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="301"/>
        <source>No incident open</source>
        <translation>Kein Incident geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="316"/>
        <source>Elapsed since declared</source>
        <translation>Seit dem Ausrufen</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentHeader.cpp" line="319"/>
        <source>Declared %1</source>
        <translation>Ausgerufen am %1</translation>
    </message>
</context>
<context>
    <name>ic::IncidentState</name>
    <message>
        <location filename="../models/IncidentState.cpp" line="110"/>
        <source>No incident has been declared in this file.</source>
        <translation>In dieser Datei wurde kein Incident ausgerufen.</translation>
    </message>
</context>
<context>
    <name>ic::IncidentStatusIndicators</name>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="16"/>
        <source>No incident open</source>
        <translation>Kein Incident geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="20"/>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="32"/>
        <source>The file is open read-only; nothing can be added</source>
        <translation>Die Datei ist schreibgeschützt geöffnet; es kann nichts hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="40"/>
        <source>Current time in UTC and in the local time zone</source>
        <translation>Aktuelle Uhrzeit in UTC und in der lokalen Zeitzone</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="63"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="92"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="94"/>
        <source>%1 UTC (local time is UTC)</source>
        <translation>%1 UTC (Ortszeit ist UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="96"/>
        <source>%1 UTC  ·  local %2 %3</source>
        <translation>%1 UTC  ·  lokal %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="102"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="104"/>
        <source>Declared %1</source>
        <translation>Ausgerufen am %1</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentStatusIndicators.cpp" line="106"/>
        <source>%1 --:--:--</source>
        <translation>%1 --:--:--</translation>
    </message>
</context>
<context>
    <name>ic::IncidentSummaryPanel</name>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="17"/>
        <source>EXERCISE — not a real incident</source>
        <translation>ÜBUNG – kein echter Incident</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="19"/>
        <source>No incident open.</source>
        <translation>Kein Incident geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="87"/>
        <source>(untitled incident)</source>
        <translation>(Incident ohne Titel)</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="90"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="94"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="99"/>
        <source>Commander:</source>
        <translation>Commander:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="99"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="104"/>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="116"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="108"/>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="121"/>
        <source>Declared:</source>
        <translation>Ausgerufen:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="110"/>
        <source>Declared by:</source>
        <translation>Ausgerufen von:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="117"/>
        <source>(+%1)</source>
        <translation>(+%1)</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="118"/>
        <source>First reached %1 after the declaration</source>
        <translation>Erstmals %1 nach dem Ausrufen erreicht</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="121"/>
        <source>not declared (the file has no declaration event)</source>
        <translation>nicht ausgerufen (die Datei enthält kein Ereignis „Ausgerufen“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="124"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="126"/>
        <source>%1, last at %2</source>
        <translation>%1, zuletzt am %2</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="127"/>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="130"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="132"/>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="132"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../widgets/IncidentSummaryPanel.cpp" line="132"/>
        <source>Read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
</context>
<context>
    <name>ic::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="179"/>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Incident…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="182"/>
        <source>Declare a new incident (%1)</source>
        <translation>Neuen Incident ausrufen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="185"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="190"/>
        <source>Open &amp;Read-Only…</source>
        <translation>&amp;Schreibgeschützt öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="192"/>
        <source>Open an incident file for review without being able to change it</source>
        <translation>Eine Incident-Datei zur Durchsicht öffnen, ohne sie ändern zu können</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="195"/>
        <source>&amp;Close Incident</source>
        <translation>Incident s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="265"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="267"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="222"/>
        <source>&amp;Find in Timeline</source>
        <translation>In Timeline &amp;suchen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="243"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="247"/>
        <source>&amp;About Incident Console</source>
        <translation>Ü&amp;ber Incident Console</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="266"/>
        <source>&amp;Undo %1</source>
        <comment>%1 is what would be undone, e.g. &quot;Add note&quot;</comment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="266"/>
        <source>Undo</source>
        <comment>toolbar button</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="268"/>
        <source>&amp;Redo %1</source>
        <comment>%1 is what would be redone, e.g. &quot;Add note&quot;</comment>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="268"/>
        <source>Redo</source>
        <comment>toolbar button</comment>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="273"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="277"/>
        <source>Open Re&amp;cent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="285"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="291"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="293"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="297"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="308"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="317"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="342"/>
        <source>Incident Summary</source>
        <translation>Incident-Übersicht</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="460"/>
        <source>Open Incident Read-Only</source>
        <translation>Incident schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="460"/>
        <source>Open Incident</source>
        <translation>Incident öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>Incident files (*.incident)</source>
        <translation>Incident-Dateien (*.incident)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="488"/>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="518"/>
        <source>Could not create the folder %1 for the incident file.</source>
        <translation>Der Ordner %1 für die Incident-Datei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="528"/>
        <source>Could not declare the incident in %1.</source>
        <translation>Der Incident konnte nicht in %1 ausgerufen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="533"/>
        <source>Incident declared. Its timeline is saved in %1.</source>
        <translation>Incident ausgerufen. Seine Timeline wird in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="599"/>
        <source>This incident is open read-only; notes cannot be added.</source>
        <translation>Dieser Incident ist schreibgeschützt geöffnet; es können keine Notizen hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="616"/>
        <source>Set the status to %1</source>
        <translation>Status auf „%1“ setzen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="622"/>
        <source>The current status</source>
        <translation>Der aktuelle Status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="642"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="647"/>
        <source>Incident Console</source>
        <translation>Incident Console</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="664"/>
        <source>Removed from the recent list because the file no longer exists: %1</source>
        <translation>Aus der Liste der zuletzt geöffneten Incidents entfernt, da nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="671"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="680"/>
        <source>No recent incidents</source>
        <translation>Keine zuletzt geöffneten Incidents</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="749"/>
        <source>About Incident Console</source>
        <translation>Über Incident Console</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="750"/>
        <source>&lt;h3&gt;Incident Console %1&lt;/h3&gt;&lt;p&gt;Run, rehearse and audit failover incidents.&lt;/p&gt;&lt;p&gt;Every action lands on a local, durable, tamper-evident timeline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incident Console %1&lt;/h3&gt;&lt;p&gt;Failover-Incidents leiten, üben und prüfen.&lt;/p&gt;&lt;p&gt;Jede Aktion landet in einer lokalen, dauerhaft gespeicherten Timeline, in der jede nachträgliche Änderung erkennbar ist.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ic::MessageBanner</name>
    <message>
        <location filename="../widgets/MessageBanner.cpp" line="36"/>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../widgets/MessageBanner.cpp" line="37"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ic::NewIncidentDialog</name>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="52"/>
        <source>This is an &amp;exercise</source>
        <translation>Dies ist eine Ü&amp;bung</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="54"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="64"/>
        <source>New Incident</source>
        <translation>Neuer Incident</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="68"/>
        <source>What is broken, in a few words</source>
        <translation>Was funktioniert nicht? In wenigen Worten</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="81"/>
        <source>Who leads the response</source>
        <translation>Wer leitet den Einsatz</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="84"/>
        <source>Marks the incident as a rehearsal everywhere it is shown and exported</source>
        <translation>Kennzeichnet den Incident überall, wo er angezeigt und exportiert wird, als Übung</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="89"/>
        <source>&amp;Declare Incident</source>
        <translation>Incident &amp;ausrufen</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="112"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="115"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="116"/>
        <source>&amp;Commander:</source>
        <translation>&amp;Commander:</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="120"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="232"/>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="239"/>
        <source>Name the incident commander.</source>
        <translation>Geben Sie den Incident Commander an.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="249"/>
        <source>Choose where to save the incident file.</source>
        <translation>Wählen Sie, wo die Incident-Datei gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="251"/>
        <source>Enter a full path, starting at the root of the file system.</source>
        <translation>Geben Sie einen vollständigen Pfad ab der Wurzel des Dateisystems ein.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="253"/>
        <source>The file name must end in %1.</source>
        <translation>Der Dateiname muss auf %1 enden.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="255"/>
        <source>A file with this name already exists; choose another name.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="259"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="261"/>
        <source>You cannot write to the folder %1.</source>
        <translation>Sie haben keine Schreibrechte für den Ordner %1.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="264"/>
        <source>The folder %1 will be created.</source>
        <translation>Der Ordner %1 wird angelegt.</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="279"/>
        <source>Save Incident File</source>
        <translation>Incident-Datei speichern</translation>
    </message>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="283"/>
        <source>Incident files (*.incident)</source>
        <translation>Incident-Dateien (*.incident)</translation>
    </message>
</context>
<context>
    <name>ic::TimeText</name>
    <message>
        <location filename="../models/TimeText.cpp" line="19"/>
        <source>%1 d %2</source>
        <comment>days, then h:mm:ss</comment>
        <translation>%1 d %2</translation>
    </message>
</context>
<context>
    <name>ic::TimelineModel</name>
    <message>
        <location filename="../models/TimelineModel.cpp" line="169"/>
        <source>%1 UTC
%2 local time</source>
        <translation>%1 UTC
%2 Ortszeit</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="174"/>
        <source>%1

Corrected by event %2</source>
        <translation>%1

Korrigiert durch Ereignis %2</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="178"/>
        <source>Corrected by event %1</source>
        <translation>Korrigiert durch Ereignis %1</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="216"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="217"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="218"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="219"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="220"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/TimelineModel.cpp" line="221"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>ic::TimelinePanel</name>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="80"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="82"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="88"/>
        <source>Show only events of one kind</source>
        <translation>Nur Ereignisse eines Typs anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="89"/>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="96"/>
        <source>Search the timeline…</source>
        <translation>Timeline durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="97"/>
        <source>Shows events that contain every word you type, anywhere in the incident</source>
        <translation>Zeigt Ereignisse, die jedes eingegebene Wort enthalten, egal an welcher Stelle im Incident</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="113"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="187"/>
        <source>Add the note to the timeline (%1)</source>
        <translation>Notiz zur Timeline hinzufügen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="212"/>
        <source>Event %1 is too far back to jump to; scroll up to load older events.</source>
        <translation>Ereignis %1 liegt zu weit zurück, um direkt dorthin zu springen; scrollen Sie nach oben, um ältere Ereignisse zu laden.</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="403"/>
        <source>Add a note to the timeline… (%1 adds it)</source>
        <translation>Notiz zur Timeline hinzufügen … (%1 fügt sie hinzu)</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="404"/>
        <source>Notes cannot be added: no incident is open for writing.</source>
        <translation>Notizen können nicht hinzugefügt werden: Es ist kein Incident zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>ic::TimelineViewProxy</name>
    <message>
        <location filename="../widgets/TimelineViewProxy.cpp" line="28"/>
        <source>Times are UTC; hover over a time to see it in local time.</source>
        <translation>Zeiten in UTC; zeigen Sie mit der Maus auf eine Zeit, um sie in Ortszeit zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/TimelineViewProxy.cpp" line="46"/>
        <source>Corrects event %1</source>
        <translation>Korrigiert Ereignis %1</translation>
    </message>
</context>
<context>
    <name>ic::WelcomePanel</name>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="19"/>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Incident…</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="20"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="21"/>
        <source>Recent incidents</source>
        <translation>Zuletzt geöffnete Incidents</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="24"/>
        <source>No recent incidents.</source>
        <translation>Keine zuletzt geöffneten Incidents.</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="28"/>
        <source>No incident open</source>
        <translation>Kein Incident geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="37"/>
        <source>Declare a new incident to start its timeline, or open an incident file to continue or review it.</source>
        <translation>Rufen Sie einen neuen Incident aus, um seine Timeline zu beginnen, oder öffnen Sie eine Incident-Datei, um daran weiterzuarbeiten oder sie durchzusehen.</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="60"/>
        <source>Declare a new incident (%1)</source>
        <translation>Neuen Incident ausrufen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="62"/>
        <source>Open an incident file (%1)</source>
        <translation>Incident-Datei öffnen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="121"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/WelcomePanel.cpp" line="136"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="130"/>
        <source>Incident Console</source>
        <translation>Incident Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="134"/>
        <source>Run, rehearse and audit failover incidents.</source>
        <translation>Failover-Incidents leiten, üben und prüfen.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="137"/>
        <source>Incident file to open.</source>
        <translation>Die zu öffnende Incident-Datei.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="140"/>
        <source>Open FILE read-only (nothing can be added).</source>
        <translation>Öffnet FILE schreibgeschützt (es kann nichts hinzugefügt werden).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="143"/>
        <source>Workspace folder (default: the bundled demo workspace).</source>
        <translation>Ordner des Arbeitsbereichs (Standard: der mitgelieferte Demo-Arbeitsbereich).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="146"/>
        <source>Language of the user interface, e.g. de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="150"/>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation>Rendert das Fenster offscreen nach OUT.png und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="153"/>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1600x1000).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="160"/>
        <source>only one incident file can be opened at a time</source>
        <translation>es kann nur eine Incident-Datei auf einmal geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="167"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, got &quot;%1&quot;</source>
        <translation>--size erwartet WIDTHxHEIGHT, z. B. 1600x1000, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="172"/>
        <source>--read-only has no effect without FILE</source>
        <translation>--read-only wirkt nur zusammen mit FILE</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="178"/>
        <source>workspace %1: no such folder</source>
        <translation>Arbeitsbereich %1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="214"/>
        <source>could not write the screenshot %1: %2</source>
        <translation>Screenshot %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
