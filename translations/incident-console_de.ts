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
    <name>BackendParsers</name>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="78"/>
        <location filename="../backends/BackendParsers.cpp" line="152"/>
        <location filename="../backends/BackendParsers.cpp" line="165"/>
        <location filename="../backends/BackendParsers.cpp" line="357"/>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="96"/>
        <location filename="../backends/BackendParsers.cpp" line="347"/>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="101"/>
        <location filename="../backends/BackendParsers.cpp" line="353"/>
        <source>%1 is out of range or not a whole number</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="114"/>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="127"/>
        <location filename="../backends/BackendParsers.cpp" line="238"/>
        <location filename="../backends/BackendParsers.cpp" line="440"/>
        <location filename="../backends/BackendParsers.cpp" line="525"/>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="140"/>
        <location filename="../backends/BackendParsers.cpp" line="435"/>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="177"/>
        <location filename="../backends/BackendParsers.cpp" line="430"/>
        <location filename="../backends/BackendParsers.cpp" line="448"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="188"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="192"/>
        <source>the reply is not a JSON array</source>
        <translation>die Antwort ist kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="196"/>
        <source>the reply is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="217"/>
        <source>invalid Patroni /cluster reply: %1</source>
        <translation>ungültige Patroni-Antwort auf /cluster: %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="252"/>
        <source>%1 is neither a number nor &quot;unknown&quot;</source>
        <translation>%1 ist weder eine Zahl noch „unknown“</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="259"/>
        <location filename="../backends/BackendParsers.cpp" line="311"/>
        <location filename="../backends/BackendParsers.cpp" line="572"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="261"/>
        <source>member &quot;%1&quot; is listed twice</source>
        <translation>Mitglied „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="273"/>
        <source>more than one leader: %1</source>
        <translation>mehr als ein Leader: %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="284"/>
        <source>invalid Patroni /patroni reply: %1</source>
        <translation>ungültige Patroni-Antwort auf /patroni: %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="343"/>
        <source>%1 is not a [time, value] pair</source>
        <translation>%1 ist kein Paar [time, value]</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="368"/>
        <source>%1 is not a sample value: &quot;%2&quot;</source>
        <translation>%1 ist kein Messwert: „%2“</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="384"/>
        <source>invalid Prometheus reply: %1</source>
        <translation>ungültige Prometheus-Antwort: %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="387"/>
        <source>Prometheus answered HTTP %1</source>
        <translation>Prometheus antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="416"/>
        <source>status is &quot;%1&quot;, neither &quot;success&quot; nor &quot;error&quot;</source>
        <translation>status ist „%1“, weder „success“ noch „error“</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="418"/>
        <source>&quot;success&quot; with HTTP %1</source>
        <translation>„success“ mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="472"/>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>unbekannter resultType „%1“</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="512"/>
        <source>invalid Alertmanager alerts reply: %1</source>
        <translation>ungültige Alertmanager-Antwort (Alarme): %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="545"/>
        <source>%1 is not an RFC 3339 time: &quot;%2&quot;</source>
        <translation>%1 ist keine RFC-3339-Zeit: „%2“</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="560"/>
        <source>invalid Alertmanager silence reply: %1</source>
        <translation>ungültige Alertmanager-Antwort (Stummschaltung): %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="666"/>
        <location filename="../backends/BackendParsers.cpp" line="672"/>
        <location filename="../backends/BackendParsers.cpp" line="696"/>
        <source>a name runs past the end of the packet</source>
        <translation>ein Name reicht über das Ende des Pakets hinaus</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="677"/>
        <source>a compression pointer does not point backwards (offset %1 → %2)</source>
        <translation>ein Kompressionszeiger zeigt nicht rückwärts (Offset %1 → %2)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="687"/>
        <source>unsupported label type at offset %1</source>
        <translation>nicht unterstützter Label-Typ bei Offset %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="701"/>
        <source>a name is longer than 255 bytes</source>
        <translation>ein Name ist länger als 255 Byte</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="736"/>
        <source>a name runs past the end of its record</source>
        <translation>ein Name reicht über das Ende seines Eintrags hinaus</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="792"/>
        <source>a record of type %1 has a wrong length (%2 bytes)</source>
        <translation>ein Eintrag vom Typ %1 hat eine falsche Länge (%2 Byte)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="821"/>
        <source>the DNS name is empty</source>
        <translation>der DNS-Name ist leer</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="827"/>
        <source>&quot;%1&quot; is not a valid DNS name</source>
        <translation>„%1“ ist kein gültiger DNS-Name</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="834"/>
        <source>&quot;%1&quot; is longer than 253 characters</source>
        <translation>„%1“ ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="839"/>
        <source>&quot;%1&quot; has an empty label or one longer than 63 characters</source>
        <translation>„%1“ hat ein leeres Label oder eines mit mehr als 63 Zeichen</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="843"/>
        <source>&quot;%1&quot; contains a space, a backslash or a control character</source>
        <translation>„%1“ enthält ein Leerzeichen, einen Backslash oder ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="876"/>
        <source>malformed DNS reply: %1</source>
        <translation>fehlerhafte DNS-Antwort: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../backends/BackendParsers.cpp" line="880"/>
        <source>%n byte(s), shorter than a header</source>
        <translation>
            <numerusform>%n Byte, kürzer als ein Header</numerusform>
            <numerusform>%n Bytes, kürzer als ein Header</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="882"/>
        <source>the ID %1 is not the ID of the query (%2)</source>
        <translation>die ID %1 ist nicht die ID der Anfrage (%2)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="885"/>
        <source>the packet is a query, not a reply</source>
        <translation>das Paket ist eine Anfrage, keine Antwort</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="887"/>
        <source>answer truncated (the reply did not fit in one UDP packet)</source>
        <translation>Antwort abgeschnitten (sie passte nicht in ein UDP-Paket)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="894"/>
        <source>the resolver could not read the query (FORMERR)</source>
        <translation>der Resolver konnte die Anfrage nicht lesen (FORMERR)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="897"/>
        <source>server failure (SERVFAIL)</source>
        <translation>Serverfehler (SERVFAIL)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="900"/>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>der Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="903"/>
        <source>the resolver does not support this query (NOTIMP)</source>
        <translation>der Resolver unterstützt diese Anfrage nicht (NOTIMP)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="906"/>
        <source>the resolver refused the query (REFUSED)</source>
        <translation>der Resolver hat die Anfrage abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="909"/>
        <source>the resolver answered with error code %1</source>
        <translation>der Resolver antwortete mit Fehlercode %1</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="922"/>
        <source>the question runs past the end of the packet</source>
        <translation>die Frage reicht über das Ende des Pakets hinaus</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="926"/>
        <source>it answers another question (%1, type %2)</source>
        <translation>sie beantwortet eine andere Frage (%1, Typ %2)</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="936"/>
        <source>a record header runs past the end of the packet</source>
        <translation>ein Eintragskopf reicht über das Ende des Pakets hinaus</translation>
    </message>
    <message>
        <location filename="../backends/BackendParsers.cpp" line="943"/>
        <source>a record runs past the end of the packet</source>
        <translation>ein Eintrag reicht über das Ende des Pakets hinaus</translation>
    </message>
</context>
<context>
    <name>BackendsConfigLoader</name>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="274"/>
        <source>%1 must be a list of %2</source>
        <translation>%1 muss eine Liste von %2 sein</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="280"/>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 braucht „%2“</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="286"/>
        <source>%1 must be a single text value</source>
        <translation>%1 muss ein einzelner Textwert sein</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="296"/>
        <location filename="../models/BackendsConfig.cpp" line="380"/>
        <location filename="../models/BackendsConfig.cpp" line="456"/>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="309"/>
        <source>bad duration &quot;%1&quot; for %2: write e.g. 500ms, 5s, 1m or 1h30m</source>
        <translation>ungültige Dauer „%1“ für %2: z. B. 500ms, 5s, 1m oder 1h30m schreiben</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="314"/>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 muss mindestens %2 sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="328"/>
        <source>bad duration &quot;%1&quot; for %2: write e.g. 500ms, 2s or 30s</source>
        <translation>ungültige Dauer „%1“ für %2: z. B. 500ms, 2s oder 30s schreiben</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="333"/>
        <source>%1 must be more than 0s and at most %2, not %3</source>
        <translation>%1 muss größer als 0s und höchstens %2 sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="347"/>
        <source>bad byte size &quot;%1&quot; for %2: write e.g. 1MB, 512kB or 1048576 (kB, MB, GB and TB are powers of 1024)</source>
        <translation>ungültige Bytegröße „%1“ für %2: z. B. 1MB, 512kB oder 1048576 schreiben (kB, MB, GB und TB sind Potenzen von 1024)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="361"/>
        <source>%1 must be a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>%1 muss eine ganze Zahl von mindestens 1 sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="374"/>
        <source>%1 must not hold a user name or password: use the keys username and password (a secret reference) instead</source>
        <translation>%1 darf weder Benutzernamen noch Passwort enthalten: stattdessen die Schlüssel username und password (ein Secret-Verweis) verwenden</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="385"/>
        <source>%1 &quot;%2&quot; is not a URL; expected e.g. http://127.0.0.1:9090</source>
        <translation>%1 „%2“ ist keine URL; erwartet z. B. http://127.0.0.1:9090</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="390"/>
        <source>%1 &quot;%2&quot; must start with http:// or https://</source>
        <translation>%1 „%2“ muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="394"/>
        <source>%1 &quot;%2&quot; has no host</source>
        <translation>%1 „%2“ hat keinen Host</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="398"/>
        <source>%1 &quot;%2&quot; must not have a fragment (#…)</source>
        <translation>%1 „%2“ darf kein Fragment (#…) haben</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="407"/>
        <source>secrets must be references such as ${env:NAME} or ${keychain:NAME}, never the value itself</source>
        <translation>Secrets müssen Verweise wie ${env:NAME} oder ${keychain:NAME} sein, niemals der Wert selbst</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="410"/>
        <source>%1 must be a single secret reference: %2</source>
        <translation>%1 muss ein einzelner Secret-Verweis sein: %2</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="418"/>
        <source>%1 is not a valid secret reference: write ${env:NAME} or ${keychain:NAME}</source>
        <translation>%1 ist kein gültiger Secret-Verweis: ${env:NAME} oder ${keychain:NAME} schreiben</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="422"/>
        <source>%1 holds a literal value: %2 (set an environment variable or a keychain entry and name it here)</source>
        <translation>%1 enthält einen Klartextwert: %2 (eine Umgebungsvariable oder einen Schlüsselbundeintrag anlegen und hier benennen)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="433"/>
        <source>%1: the environment variable in ${env:NAME} must be a name of letters, digits and _, not starting with a digit</source>
        <translation>%1: die Umgebungsvariable in ${env:NAME} muss ein Name aus Buchstaben, Ziffern und _ sein, der nicht mit einer Ziffer beginnt</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="441"/>
        <source>%1: the keychain entry in ${keychain:NAME} must be a name without spaces around it</source>
        <translation>%1: der Schlüsselbundeintrag in ${keychain:NAME} muss ein Name ohne umgebende Leerzeichen sein</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="463"/>
        <source>service &quot;%1&quot; could be any of %2; write the one you mean in full</source>
        <translation>Dienst „%1“ könnte jeder von %2 sein; den gemeinten vollständig schreiben</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="466"/>
        <source>service &quot;%1&quot; is not in the catalog: the workspace has no services</source>
        <translation>Dienst „%1“ steht nicht im Katalog: der Arbeitsbereich hat keine Dienste</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="470"/>
        <source>service &quot;%1&quot; is not in the catalog%2</source>
        <translation>Dienst „%1“ steht nicht im Katalog%2</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="472"/>
        <source> (did you mean %1?)</source>
        <translation> (war %1 gemeint?)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="494"/>
        <source>%1 must be a UTC time such as 2026-11-23T02:00:00Z, not &quot;%2&quot;</source>
        <translation>%1 muss eine UTC-Zeit wie 2026-11-23T02:00:00Z sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="533"/>
        <source>resolver &quot;%1&quot; is not an IP address: write e.g. 127.0.0.1:5353, 192.0.2.53 (port 53), [2001:db8::53]:5353 or system</source>
        <translation>Resolver „%1“ ist keine IP-Adresse: z. B. 127.0.0.1:5353, 192.0.2.53 (Port 53), [2001:db8::53]:5353 oder system schreiben</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="543"/>
        <source>resolver &quot;%1&quot; has a bad port: use 1 to 65535</source>
        <translation>Resolver „%1“ hat einen ungültigen Port: 1 bis 65535 verwenden</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="560"/>
        <source>max_response must be from 1kB to 1GB</source>
        <translation>max_response muss zwischen 1kB und 1GB liegen</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="567"/>
        <source>tls_verify: certificates are always verified, the key can be removed</source>
        <translation>tls_verify: Zertifikate werden immer geprüft, der Schlüssel kann entfernt werden</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="570"/>
        <source>TLS verification cannot be turned off: an invalid certificate is an error. For a private CA, name its certificate in ca_file instead</source>
        <translation>TLS-Prüfung kann nicht abgeschaltet werden: ein ungültiges Zertifikat ist ein Fehler. Für eine private CA stattdessen deren Zertifikat in ca_file angeben</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="581"/>
        <source>ca_file %1 does not exist</source>
        <translation>ca_file %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="583"/>
        <source>cannot read ca_file %1: %2</source>
        <translation>ca_file %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="585"/>
        <source>ca_file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>ca_file %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="606"/>
        <source>ca_file is only used for https URLs; this backend has none</source>
        <translation>ca_file wird nur für https-URLs verwendet; dieses Backend hat keine</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="613"/>
        <source>username needs a password (a secret reference such as ${env:NAME})</source>
        <translation>username erfordert password (einen Secret-Verweis wie ${env:NAME})</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="615"/>
        <source>password needs a username</source>
        <translation>password erfordert username</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="628"/>
        <source>backends.yaml holds one document; remove the &quot;---&quot; before this one</source>
        <translation>backends.yaml enthält nur ein Dokument; das „---“ vor diesem entfernen</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="656"/>
        <source>Patroni clusters (&quot;- service: …&quot;)</source>
        <translation>Patroni-Clustern („- service: …“)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="661"/>
        <source>health checks (&quot;- service: …&quot;)</source>
        <translation>Zustandsprüfungen („- service: …“)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="666"/>
        <source>DNS checks (&quot;- name: …&quot;)</source>
        <translation>DNS-Prüfungen („- name: …“)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="671"/>
        <source>maintenance windows (&quot;- service: …&quot;)</source>
        <translation>Wartungsfenstern („- service: …“)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="700"/>
        <source>panels (&quot;- title: …&quot;)</source>
        <translation>Panels („- title: …“)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="716"/>
        <source>a Prometheus panel</source>
        <translation>ein Prometheus-Panel</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="761"/>
        <source>threshold must be a number or a byte size such as 1MB, not &quot;%1&quot;</source>
        <translation>threshold muss eine Zahl oder eine Bytegröße wie 1MB sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="764"/>
        <source>threshold must be a number, not &quot;%1&quot;</source>
        <translation>threshold muss eine Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="818"/>
        <source>a Patroni cluster</source>
        <translation>ein Patroni-Cluster</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="839"/>
        <source>REST API URLs, e.g. [http://127.0.0.1:8008]</source>
        <translation>REST-API-URLs, z. B. [http://127.0.0.1:8008]</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="842"/>
        <source>members must name at least one Patroni REST API URL</source>
        <translation>members muss mindestens eine Patroni-REST-API-URL nennen</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="844"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="848"/>
        <source>member %1 is listed twice</source>
        <translation>Mitglied %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="878"/>
        <source>service %1 already has a Patroni cluster at line %2</source>
        <translation>Dienst %1 hat bereits einen Patroni-Cluster in Zeile %2</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="890"/>
        <source>a health check</source>
        <translation>eine Zustandsprüfung</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="930"/>
        <source>unknown format &quot;%1&quot;: use status, health+json, actuator, k8s or auto</source>
        <translation>unbekanntes Format „%1“: status, health+json, actuator, k8s oder auto verwenden</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="976"/>
        <source>duplicate health check name &quot;%1&quot;: the check at line %2, column %3 has it too</source>
        <translation>doppelter Name einer Zustandsprüfung „%1“: auch die Prüfung in Zeile %2, Spalte %3 trägt ihn</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="989"/>
        <source>a DNS check</source>
        <translation>eine DNS-Prüfung</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1006"/>
        <source>&quot;%1&quot; is not a DNS name</source>
        <translation>„%1“ ist kein DNS-Name</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1014"/>
        <source>unknown DNS type &quot;%1&quot;: use %2</source>
        <translation>unbekannter DNS-Typ „%1“: %2 verwenden</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1020"/>
        <source>resolver addresses, e.g. [127.0.0.1:5353]</source>
        <translation>Resolver-Adressen, z. B. [127.0.0.1:5353]</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1030"/>
        <source>resolver %1 is listed twice</source>
        <translation>Resolver %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1045"/>
        <source>expected answers, e.g. [192.0.2.10]</source>
        <translation>erwarteten Antworten, z. B. [192.0.2.10]</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1054"/>
        <source>&quot;%1&quot; is not an IPv4 address (type A)</source>
        <translation>„%1“ ist keine IPv4-Adresse (Typ A)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1058"/>
        <source>&quot;%1&quot; is not an IPv6 address (type AAAA)</source>
        <translation>„%1“ ist keine IPv6-Adresse (Typ AAAA)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1063"/>
        <source>&quot;%1&quot; is not a DNS name (type %2)</source>
        <translation>„%1“ ist kein DNS-Name (Typ %2)</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1071"/>
        <source>&quot;%1&quot; is not a SRV target: write target:port, e.g. sip.example.com:5060</source>
        <translation>„%1“ ist kein SRV-Ziel: target:port schreiben, z. B. sip.example.com:5060</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1075"/>
        <source>an expected TXT answer must not be empty</source>
        <translation>eine erwartete TXT-Antwort darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1091"/>
        <source>a maintenance window</source>
        <translation>ein Wartungsfenster</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1134"/>
        <source>the maintenance window ends before it starts: end must be after start</source>
        <translation>das Wartungsfenster endet, bevor es beginnt: end muss nach start liegen</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1166"/>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location filename="../models/BackendsConfig.cpp" line="1177"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="52"/>
        <source>the duration is empty</source>
        <translation>die Dauer ist leer</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="54"/>
        <source>a duration cannot be negative</source>
        <translation>eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="61"/>
        <source>expected a number at &quot;%1&quot;</source>
        <translation>bei „%1“ wird eine Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="65"/>
        <location filename="../models/CatalogLoader.cpp" line="94"/>
        <source>the duration is too long</source>
        <translation>die Dauer ist zu lang</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="70"/>
        <source>a duration needs a unit: write e.g. 500ms, 30s, 15m, 2h or 1d</source>
        <translation>eine Dauer braucht eine Einheit: z. B. 500ms, 30s, 15m, 2h oder 1d</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="71"/>
        <source>the last number has no unit</source>
        <translation>die letzte Zahl hat keine Einheit</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="74"/>
        <source>fractions are not allowed: combine units instead, e.g. 1h30m</source>
        <translation>Brüche sind nicht erlaubt: stattdessen Einheiten kombinieren, z. B. 1h30m</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="86"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="87"/>
        <source>unknown unit &quot;%1&quot; (use ms, s, m, h or d)</source>
        <translation>unbekannte Einheit „%1“ (ms, s, m, h oder d verwenden)</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="90"/>
        <source>units must go from the largest to the smallest, each at most once, e.g. 1h30m</source>
        <translation>Einheiten müssen von der größten zur kleinsten gehen, jede höchstens einmal, z. B. 1h30m</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="260"/>
        <source>%1 must be a single text value</source>
        <translation>%1 muss ein einzelner Textwert sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="275"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="287"/>
        <source>every entry of %1 must be a single text value</source>
        <translation>jeder Eintrag von %1 muss ein einzelner Textwert sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="307"/>
        <source>%1 must be a whole number from 0 (most critical) to 3, not &quot;%2&quot;</source>
        <translation>%1 muss eine ganze Zahl von 0 (am kritischsten) bis 3 sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="308"/>
        <source>a list or map</source>
        <translation>eine Liste oder Zuordnung</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="317"/>
        <source>%1 must be a duration such as 30s, 15m or 1h30m</source>
        <translation>%1 muss eine Dauer wie 30s, 15m oder 1h30m sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="324"/>
        <source>bad duration &quot;%1&quot; for %2: %3</source>
        <translation>ungültige Dauer „%1“ für %2: %3</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="344"/>
        <location filename="../models/CatalogLoader.cpp" line="396"/>
        <source>expected a native catalog (a map with &quot;services:&quot;) or a Backstage entity (a map with &quot;apiVersion:&quot; and &quot;kind:&quot;)</source>
        <translation>erwartet wird ein eigener Katalog (eine Zuordnung mit „services:“) oder eine Backstage-Entität (eine Zuordnung mit „apiVersion:“ und „kind:“)</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="348"/>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="364"/>
        <source>a Backstage entity needs both &quot;apiVersion&quot; and &quot;kind&quot;</source>
        <translation>eine Backstage-Entität braucht sowohl „apiVersion“ als auch „kind“</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="373"/>
        <source>apiVersion &quot;%1&quot; is not a Backstage entity, document skipped</source>
        <translation>apiVersion „%1“ ist keine Backstage-Entität, Dokument übersprungen</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="380"/>
        <source>Backstage kind &quot;%1&quot; is not supported, entity skipped</source>
        <translation>Backstage-Art „%1“ wird nicht unterstützt, Entität übersprungen</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="384"/>
        <source>unsupported apiVersion &quot;%1&quot; (expected backstage.io/v1alpha1 or backstage.io/v1beta1)</source>
        <translation>nicht unterstützte apiVersion „%1“ (erwartet: backstage.io/v1alpha1 oder backstage.io/v1beta1)</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="404"/>
        <source>the catalog</source>
        <translation>der Katalog</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="418"/>
        <location filename="../models/CatalogLoader.cpp" line="523"/>
        <source>a service</source>
        <translation>ein Dienst</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="442"/>
        <source>the id of a service must not be empty</source>
        <translation>die ID eines Dienstes darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="446"/>
        <source>the id &quot;%1&quot; must not contain &quot;:&quot;, &quot;/&quot; or spaces</source>
        <translation>die ID „%1“ darf weder „:“, „/“ noch Leerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="496"/>
        <source>vendor needs a name</source>
        <translation>vendor braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="515"/>
        <source>&quot;%1&quot; is not a valid System reference</source>
        <translation>„%1“ ist kein gültiger Verweis auf ein System</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="527"/>
        <source>this service has no id</source>
        <translation>dieser Dienst hat keine ID</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="544"/>
        <location filename="../models/CatalogLoader.cpp" line="560"/>
        <source>a dependency</source>
        <translation>eine Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="555"/>
        <source>soft must be true or false</source>
        <translation>soft muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="564"/>
        <source>this dependency has no id</source>
        <translation>diese Abhängigkeit hat keine ID</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="568"/>
        <source>a dependency must be a service id or a map with &quot;id&quot; and &quot;soft&quot;</source>
        <translation>eine Abhängigkeit muss eine Dienst-ID oder eine Zuordnung mit „id“ und „soft“ sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="577"/>
        <source>the id of a dependency must not be empty</source>
        <translation>die ID einer Abhängigkeit darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="583"/>
        <source>&quot;%1&quot; is not a valid entity reference; expected [&lt;kind&gt;:][&lt;namespace&gt;/]&lt;name&gt;</source>
        <translation>„%1“ ist kein gültiger Entitätsverweis; erwartet: [&lt;kind&gt;:][&lt;namespace&gt;/]&lt;name&gt;</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="589"/>
        <source>&quot;%1&quot; looks like a Backstage reference without a kind; write e.g. component:%1</source>
        <translation>„%1“ sieht aus wie ein Backstage-Verweis ohne Art; z. B. component:%1 schreiben</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="607"/>
        <location filename="../models/CatalogLoader.cpp" line="712"/>
        <source>&quot;%1&quot; in %2 is not a valid entity reference; expected [&lt;kind&gt;:][&lt;namespace&gt;/]&lt;name&gt;</source>
        <translation>„%1“ in %2 ist kein gültiger Entitätsverweis; erwartet: [&lt;kind&gt;:][&lt;namespace&gt;/]&lt;name&gt;</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="635"/>
        <source>an entity reference in %1 needs a name</source>
        <translation>ein Entitätsverweis in %1 braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="642"/>
        <source>%1 must be an entity reference such as component:default/name</source>
        <translation>%1 muss ein Entitätsverweis wie component:default/name sein</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="719"/>
        <source>unknown annotation &quot;%1&quot;, ignored</source>
        <translation>unbekannte Annotation „%1“, ignoriert</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="726"/>
        <source>%1vendor-sla needs %1vendor (the vendor&apos;s name)</source>
        <translation>%1vendor-sla braucht %1vendor (den Namen des Anbieters)</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="744"/>
        <source>a Backstage entity</source>
        <translation>eine Backstage-Entität</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="747"/>
        <source>this %1 has no metadata</source>
        <translation>diese Entität (%1) hat keine metadata</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="781"/>
        <source>this %1 has no metadata.name</source>
        <translation>diese Entität (%1) hat keinen metadata.name</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="789"/>
        <source>metadata.name &quot;%1&quot; must not be empty or contain &quot;:&quot;, &quot;/&quot; or spaces</source>
        <translation>metadata.name „%1“ darf nicht leer sein und weder „:“, „/“ noch Leerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="796"/>
        <source>metadata.namespace &quot;%1&quot; must not be empty or contain &quot;:&quot;, &quot;/&quot; or spaces</source>
        <translation>metadata.namespace „%1“ darf nicht leer sein und weder „:“, „/“ noch Leerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="866"/>
        <source> (did you mean %1?)</source>
        <translation> (war %1 gemeint?)</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="876"/>
        <source>unknown service &quot;%1&quot; in %2%3</source>
        <translation>unbekannter Dienst „%1“ in %2%3</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="882"/>
        <source>&quot;%1&quot; in %2 needs a kind, e.g. component:%1 or resource:%1%3</source>
        <translation>„%1“ in %2 braucht eine Art, z. B. component:%1 oder resource:%1%3</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="889"/>
        <source>native services have no namespace: write service:%1</source>
        <translation>eigene Dienste haben keinen Namespace: service:%1 schreiben</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="896"/>
        <source>%1 refers to service &quot;%2&quot;, which is not in the catalog%3</source>
        <translation>%1 verweist auf den Dienst „%2“, der nicht im Katalog steht%3</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="904"/>
        <source>%1 refers to %2, which is not in the catalog%3</source>
        <translation>%1 verweist auf %2, das nicht im Katalog steht%3</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="943"/>
        <source>duplicate id &quot;%1&quot;: already defined at %2:%3:%4</source>
        <translation>doppelte ID „%1“: bereits definiert in %2:%3:%4</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="963"/>
        <source>spec.providesApis must name APIs, not %1</source>
        <translation>spec.providesApis muss APIs nennen, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="965"/>
        <source>spec.providesApis names %1, which is not in the catalog</source>
        <translation>spec.providesApis nennt %1, das nicht im Katalog steht</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="997"/>
        <source>%1 cannot name %2: a %3 is not a runtime dependency</source>
        <translation>%1 kann %2 nicht nennen: eine Entität der Art %3 ist keine Laufzeitabhängigkeit</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1002"/>
        <source>%1 depends on itself</source>
        <translation>%1 hängt von sich selbst ab</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1014"/>
        <source>spec.dependencyOf cannot name %1: a %2 is not a runtime service</source>
        <translation>spec.dependencyOf kann %1 nicht nennen: eine Entität der Art %2 ist kein Laufzeitdienst</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1019"/>
        <source>%1 is a dependency of itself</source>
        <translation>%1 ist eine Abhängigkeit von sich selbst</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1034"/>
        <source>spec.consumesApis must name APIs, but %1 is a %2</source>
        <translation>spec.consumesApis muss APIs nennen, aber %1 ist von der Art %2</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1048"/>
        <source>%1 must name a System, but %2 is a %3</source>
        <translation>%1 muss ein System nennen, aber %2 ist von der Art %3</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1067"/>
        <source>spec.owner names %1, which is not among the Groups of the catalog</source>
        <translation>spec.owner nennt %1, das nicht unter den Gruppen des Katalogs ist</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1072"/>
        <source>spec.owner must name a Group or a User, not %1</source>
        <translation>spec.owner muss eine Gruppe (Group) oder einen Benutzer (User) nennen, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1096"/>
        <source>%1 lists %2, which %3 does not depend on</source>
        <translation>%1 führt %2 auf, von dem %3 nicht abhängt</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1120"/>
        <source>runbook &quot;%1&quot; not found: expected %2</source>
        <translation>Runbook „%1“ nicht gefunden: erwartet %2</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1135"/>
        <source>could not read the catalog: %1</source>
        <translation>der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1162"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1175"/>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location filename="../models/CatalogLoader.cpp" line="1196"/>
        <source>no service catalog here: expected services.yaml, catalog-info.yaml or catalog/*.yaml</source>
        <translation>hier gibt es keinen Dienstkatalog: erwartet services.yaml, catalog-info.yaml oder catalog/*.yaml</translation>
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
        <location filename="../models/Event.cpp" line="79"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="80"/>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="81"/>
        <source>down</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="84"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="145"/>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="146"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="147"/>
        <source>Severity changed</source>
        <translation>Schweregrad geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="148"/>
        <source>Role assigned</source>
        <translation>Rolle zugewiesen</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="149"/>
        <source>Role handed off</source>
        <translation>Rolle übergeben</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="150"/>
        <source>Runbook step</source>
        <translation>Runbook-Schritt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="151"/>
        <source>Action executed</source>
        <translation>Aktion ausgeführt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="152"/>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="153"/>
        <source>Health changed</source>
        <translation>Zustand geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="154"/>
        <source>Replication changed</source>
        <translation>Replikation geändert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="155"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="156"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="157"/>
        <source>Service marked</source>
        <translation>Dienst markiert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="158"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="159"/>
        <source>Silence</source>
        <translation>Stummschaltung</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="272"/>
        <source>the event has no actor</source>
        <translation>das Ereignis hat keinen Akteur</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="274"/>
        <source>&quot;%1&quot; is not a valid event kind</source>
        <translation>„%1“ ist kein gültiger Ereignistyp</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="285"/>
        <source>a declaration needs a title</source>
        <translation>zum Ausrufen fehlt der Titel</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="287"/>
        <source>a declaration needs a severity SEV1 to SEV4</source>
        <translation>zum Ausrufen fehlt der Schweregrad SEV1 bis SEV4</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="289"/>
        <source>a declaration needs a commander</source>
        <translation>zum Ausrufen fehlt der Incident Commander</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="291"/>
        <source>a declaration must say whether it is an exercise</source>
        <translation>beim Ausrufen muss angegeben sein, ob es eine Übung ist</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="295"/>
        <source>a status change needs valid &quot;from&quot; and &quot;to&quot; statuses</source>
        <translation>eine Statusänderung braucht einen gültigen alten und neuen Status („from“ und „to“)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="299"/>
        <source>a severity change needs valid &quot;from&quot; and &quot;to&quot; severities</source>
        <translation>eine Änderung des Schweregrads braucht einen gültigen alten und neuen Schweregrad („from“ und „to“)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="303"/>
        <source>a role assignment needs a role and a person</source>
        <translation>eine Rollenzuweisung braucht eine Rolle und eine Person</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="307"/>
        <source>a role handoff needs a role and the person taking over</source>
        <translation>eine Rollenübergabe braucht eine Rolle und die Person, die übernimmt</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="311"/>
        <source>a note needs text</source>
        <translation>eine Notiz braucht einen Text</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="315"/>
        <source>a correction must name the seq it corrects</source>
        <translation>eine Korrektur muss die seq des korrigierten Ereignisses nennen</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="319"/>
        <source>a failure mark needs a service and whether it is failed</source>
        <translation>eine Ausfallmarkierung braucht einen Dienst und ob er ausgefallen ist</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="324"/>
        <source>a health change needs a service and &quot;from&quot; and &quot;to&quot; states (healthy, degraded, down, unknown)</source>
        <translation>eine Zustandsänderung braucht einen Dienst sowie einen alten und neuen Zustand („from“ und „to“: healthy, degraded, down, unknown)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="327"/>
        <source>a health change must say with true or false whether it happened in maintenance</source>
        <translation>eine Zustandsänderung muss mit true oder false angeben, ob sie während einer Wartung geschah</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="331"/>
        <source>a replication change needs a cluster and a known change (leader_changed, member_down, rpo_breached, …)</source>
        <translation>eine Replikationsänderung braucht einen Cluster und eine bekannte Änderung (leader_changed, member_down, rpo_breached, …)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="337"/>
        <source>an alert change needs a fingerprint, an alert name and the state firing or resolved</source>
        <translation>eine Alarmänderung braucht einen Fingerprint, einen Alarmnamen und den Zustand firing oder resolved</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="343"/>
        <source>a silence change needs the action created or expired and the silence id</source>
        <translation>eine Stummschaltungsänderung braucht die Aktion created oder expired und die ID der Stummschaltung</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="345"/>
        <source>a silence change needs its matchers</source>
        <translation>eine Stummschaltungsänderung braucht ihre Matcher</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="348"/>
        <source>a created silence needs at least one matcher</source>
        <translation>eine erstellte Stummschaltung braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="353"/>
        <source>each matcher of a silence needs a name, a value, is_regex and is_equal</source>
        <translation>jeder Matcher einer Stummschaltung braucht einen Namen, einen Wert, is_regex und is_equal</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="379"/>
        <source>Exercise declared: %1 (%2, commander %3)</source>
        <translation>Übung ausgerufen: %1 (%2, Commander %3)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="380"/>
        <source>Incident declared: %1 (%2, commander %3)</source>
        <translation>Incident ausgerufen: %1 (%2, Commander %3)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="383"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="385"/>
        <source>Severity: %1 → %2</source>
        <translation>Schweregrad: %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="387"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="389"/>
        <source>%1 handed off: %2 → %3</source>
        <translation>%1 übergeben: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="396"/>
        <source>undone in the console</source>
        <translation>in der Konsole rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="399"/>
        <source>Retracts #%1</source>
        <translation>Nimmt #%1 zurück</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="400"/>
        <source>Retracts #%1 (reason: %2)</source>
        <translation>Nimmt #%1 zurück (Grund: %2)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="401"/>
        <source>Corrects #%1: %2</source>
        <translation>Korrigiert #%1: %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="402"/>
        <source>Corrects #%1: %2 (reason: %3)</source>
        <translation>Korrigiert #%1: %2 (Grund: %3)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="408"/>
        <source>%1: failure mark cleared</source>
        <translation>%1: Ausfallmarkierung aufgehoben</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="409"/>
        <source>%1 marked failed by hand</source>
        <translation>%1 von Hand als ausgefallen markiert</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="410"/>
        <source>%1 marked failed by hand: %2</source>
        <translation>%1 von Hand als ausgefallen markiert: %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="415"/>
        <location filename="../models/Event.cpp" line="495"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="416"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="418"/>
        <location filename="../models/Event.cpp" line="485"/>
        <location filename="../models/Event.cpp" line="499"/>
        <location filename="../models/Event.cpp" line="511"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="420"/>
        <source>%1 (in maintenance)</source>
        <translation>%1 (in Wartung)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="436"/>
        <source>%1: %2 is the leader</source>
        <translation>%1: %2 ist der Leader</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="437"/>
        <source>%1: leader %2 → %3</source>
        <translation>%1: Leader %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="439"/>
        <source>%1 (timeline %2)</source>
        <translation>%1 (Timeline %2)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="442"/>
        <source>%1: no leader</source>
        <translation>%1: kein Leader</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="443"/>
        <source>%1: no leader (was %2)</source>
        <translation>%1: kein Leader (zuvor %2)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="446"/>
        <source>%1: member %2 down</source>
        <translation>%1: Mitglied %2 ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="447"/>
        <source>%1: member %2 down (%3)</source>
        <translation>%1: Mitglied %2 ausgefallen (%3)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="450"/>
        <source>%1: member %2 up</source>
        <translation>%1: Mitglied %2 wieder verfügbar</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="451"/>
        <source>%1: member %2 up (%3)</source>
        <translation>%1: Mitglied %2 wieder verfügbar (%3)</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="455"/>
        <source>%1: %2 lags %3, over the RPO limit of %4</source>
        <translation>%1: %2 hat %3 Verzögerung, über der RPO-Grenze von %4</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="457"/>
        <source>%1: %2 lags over the RPO limit</source>
        <translation>%1: Verzögerung von %2 über der RPO-Grenze</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="461"/>
        <source>%1: %2 lags %3, within the RPO limit of %4 again</source>
        <translation>%1: %2 hat %3 Verzögerung, wieder innerhalb der RPO-Grenze von %4</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="463"/>
        <source>%1: %2 no longer over the RPO limit</source>
        <translation>%1: %2 nicht mehr über der RPO-Grenze</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="469"/>
        <source>%1: split brain</source>
        <translation>%1: Split-Brain</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="470"/>
        <source>%1: split brain: %2 each claim to be the primary</source>
        <translation>%1: Split-Brain: %2 halten sich jeweils für den Primary</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="475"/>
        <source>%1: split brain resolved</source>
        <translation>%1: Split-Brain behoben</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="478"/>
        <source>%1: Patroni cannot be read</source>
        <translation>%1: Patroni kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="481"/>
        <source>%1: Patroni can be read again</source>
        <translation>%1: Patroni kann wieder gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="496"/>
        <source>Alert resolved: %1</source>
        <translation>Alarm behoben: %1</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="497"/>
        <source>Alert firing: %1</source>
        <translation>Alarm ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="505"/>
        <source>Silence expired: %1</source>
        <translation>Stummschaltung abgelaufen: %1</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="506"/>
        <source>Silence created: %1</source>
        <translation>Stummschaltung erstellt: %1</translation>
    </message>
    <message>
        <location filename="../models/Event.cpp" line="509"/>
        <source>%1, until %2 UTC</source>
        <translation>%1, bis %2 UTC</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <location filename="../models/GraphLayout.cpp" line="204"/>
        <source>Node &quot;%1&quot; appears more than once; laid out once.</source>
        <translation>Knoten „%1“ kommt mehrfach vor; einmal angeordnet.</translation>
    </message>
    <message>
        <location filename="../models/GraphLayout.cpp" line="214"/>
        <source>Edge %1 → %2 names an unknown node; left out.</source>
        <translation>Kante %1 → %2 nennt einen unbekannten Knoten; weggelassen.</translation>
    </message>
    <message>
        <location filename="../models/GraphLayout.cpp" line="247"/>
        <source>Graphviz could not be initialised (are its plugins installed?).</source>
        <translation>Graphviz konnte nicht initialisiert werden (sind seine Plugins installiert?).</translation>
    </message>
    <message>
        <location filename="../models/GraphLayout.cpp" line="251"/>
        <source>Graphviz has no layout engine &quot;%1&quot;; it has: %2.</source>
        <translation>Graphviz hat keine Layout-Engine „%1“; es hat: %2.</translation>
    </message>
    <message>
        <location filename="../models/GraphLayout.cpp" line="310"/>
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
    <message>
        <location filename="../models/GraphLayout.cpp" line="311"/>
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht anordnen: %1</translation>
    </message>
</context>
<context>
    <name>HealthTracker</name>
    <message>
        <location filename="../models/HealthTracker.cpp" line="93"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/HealthTracker.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/HealthTracker.cpp" line="98"/>
        <source>failing %1/%2</source>
        <translation>Fehler %1/%2</translation>
    </message>
    <message>
        <location filename="../models/HealthTracker.cpp" line="102"/>
        <source>cannot read %1/%2</source>
        <translation>nicht lesbar %1/%2</translation>
    </message>
    <message>
        <location filename="../models/HealthTracker.cpp" line="109"/>
        <location filename="../models/HealthTracker.cpp" line="111"/>
        <source>recovering %1/%2</source>
        <translation>erholt sich %1/%2</translation>
    </message>
</context>
<context>
    <name>IncidentCtl</name>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="141"/>
        <source>Declare a new incident in a new file.</source>
        <translation>Ruft einen neuen Incident in einer neuen Datei aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="142"/>
        <source>Append a note, a status change or a correction.</source>
        <translation>Hängt eine Notiz, eine Statusänderung oder eine Korrektur an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="143"/>
        <source>Show the state of an incident: status, severity, key times, roles.</source>
        <translation>Zeigt den Stand eines Incidents: Status, Schweregrad, wichtige Zeitpunkte, Rollen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="144"/>
        <source>Check the hash chain of an incident file.</source>
        <translation>Prüft die Hash-Kette einer Incident-Datei.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="145"/>
        <source>Write the state and every event as JSON, CSV or Markdown.</source>
        <translation>Gibt den Stand und alle Ereignisse als JSON, CSV oder Markdown aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="146"/>
        <source>Check a service catalog; blast radius, root causes, start order, Graphviz.</source>
        <translation>Einen Dienstkatalog prüfen; Auswirkungsradius, Ursachen, Startreihenfolge, Graphviz.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="150"/>
        <source>Show this overview, or the help of a command.</source>
        <translation>Zeigt diese Übersicht oder die Hilfe zu einem Befehl an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="160"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="208"/>
        <source>Show this overview.</source>
        <translation>Zeigt diese Übersicht an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="161"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="209"/>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="162"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="210"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="221"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="273"/>
        <source>Language of the messages, for example de.</source>
        <translation>Sprache der Meldungen, zum Beispiel de.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="164"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="169"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="250"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>„%1 --help“ zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="176"/>
        <source>%1: missing COMMAND</source>
        <translation>%1: COMMAND fehlt</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="249"/>
        <source>%1: unknown command &apos;%2&apos;</source>
        <translation>%1: unbekannter Befehl „%2“</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="197"/>
        <source>Usage: %1 [--lang LANG] COMMAND [options] FILE|WORKSPACE</source>
        <translation>Aufruf: %1 [--lang SPRACHE] BEFEHL [Optionen] DATEI|WORKSPACE</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="198"/>
        <source>Declare, log, inspect, verify and export incident files, and query a workspace&apos;s service
catalog, without the console window.</source>
        <translation>Incident-Dateien anlegen, fortschreiben, ansehen, prüfen und exportieren und den Dienstkatalog
eines Arbeitsbereichs abfragen, ohne das Konsolenfenster.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="201"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="206"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="213"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>„%1 COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="214"/>
        <source>Exit status: 0 success, 1 failure, 2 bad usage.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="222"/>
        <source>The command to explain.</source>
        <translation>Der Befehl, zu dem die Hilfe angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="227"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="265"/>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="256"/>
        <source>missing FILE argument</source>
        <translation>das Argument FILE fehlt</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="148"/>
        <source>Run every check of backends.yaml once: is the workspace ready to fail over?</source>
        <translation>Führt jede Prüfung aus backends.yaml einmal aus: ist der Arbeitsbereich bereit für ein Failover?</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="256"/>
        <source>unexpected argument &apos;%1&apos; (only one FILE is accepted)</source>
        <translation>unerwartetes Argument „%1“ (nur ein FILE ist erlaubt)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="257"/>
        <source>FILE must not be empty</source>
        <translation>FILE darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="306"/>
        <source>Run &apos;%1 %2 --help&apos; for its options.</source>
        <translation>„%1 %2 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="325"/>
        <source>%1 UTC (local %2)</source>
        <translation>%1 UTC (lokal %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="335"/>
        <source>Declare a new incident: create FILE and append the &apos;declared&apos; event.</source>
        <translation>Ruft einen neuen Incident aus: legt FILE an und hängt das Ereignis „declared“ an.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="336"/>
        <source>The incident file to create (for example db-failover.incident). It must not exist.</source>
        <translation>Die neue Incident-Datei (zum Beispiel db-failover.incident). Sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="337"/>
        <source>What is happening, in a few words (required).</source>
        <translation>Was passiert, in wenigen Worten (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="340"/>
        <source>Severity: %1 (required).</source>
        <translation>Schweregrad: %1 (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="343"/>
        <source>Incident commander (default: your login name, %1).</source>
        <translation>Incident Commander (Standard: Ihr Anmeldename, %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="345"/>
        <source>Mark the incident as an exercise, not a real outage.</source>
        <translation>Kennzeichnet den Incident als Übung, nicht als echten Ausfall.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="354"/>
        <source>--title is required</source>
        <translation>--title ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="356"/>
        <source>--severity is required (%1)</source>
        <translation>--severity ist erforderlich (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="359"/>
        <source>unknown severity &apos;%1&apos; (expected %2)</source>
        <translation>unbekannter Schweregrad „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="364"/>
        <source>--commander must not be empty</source>
        <translation>--commander darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="372"/>
        <source>Declared exercise &quot;%1&quot; in %2</source>
        <translation>Übung „%1“ in %2 ausgerufen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="373"/>
        <source>Declared incident &quot;%1&quot; in %2</source>
        <translation>Incident „%1“ in %2 ausgerufen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="376"/>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="376"/>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="377"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="536"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="378"/>
        <source>Commander:</source>
        <translation>Commander:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="390"/>
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
        <location filename="../app/ctl/IncidentCtl.cpp" line="394"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="511"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="581"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="627"/>
        <source>The incident file.</source>
        <translation>Die Incident-Datei.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="395"/>
        <source>Event kind: %1 (required).</source>
        <translation>Ereignistyp: %1 (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="397"/>
        <source>The note; for a correction, the corrected text.</source>
        <translation>Der Text der Notiz; bei einer Korrektur der korrigierte Text.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="398"/>
        <source>New status: %1.</source>
        <translation>Neuer Status: %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="400"/>
        <source>Seq of the event a correction takes back.</source>
        <translation>Seq des Ereignisses, das die Korrektur zurücknimmt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="401"/>
        <source>Why the correction is made.</source>
        <translation>Grund für die Korrektur.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="402"/>
        <source>Who did it (default: your login name, %1).</source>
        <translation>Wer es getan hat (Standard: Ihr Anmeldename, %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="405"/>
        <source>The actor&apos;s incident role, for example %1.</source>
        <translation>Rolle der handelnden Person im Incident, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="413"/>
        <source>--kind is required (%1)</source>
        <translation>--kind ist erforderlich (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="417"/>
        <source>kind %1 cannot be logged from the command line (use %2)</source>
        <translation>der Ereignistyp %1 kann nicht über die Kommandozeile protokolliert werden (möglich: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="429"/>
        <source>--%1 does not apply to --kind %2</source>
        <translation>--%1 gilt nicht für --kind %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="434"/>
        <source>--actor must not be empty</source>
        <translation>--actor darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="443"/>
        <source>--kind note needs --text</source>
        <translation>--kind note erfordert --text</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="447"/>
        <source>--kind status_changed needs --status (%1)</source>
        <translation>--kind status_changed erfordert --status (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="450"/>
        <source>unknown status &apos;%1&apos; (expected %2)</source>
        <translation>unbekannter Status „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="457"/>
        <source>--kind correction needs --corrects SEQ</source>
        <translation>--kind correction erfordert --corrects SEQ</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="459"/>
        <source>--corrects needs a positive event seq, not &apos;%1&apos;</source>
        <translation>--corrects erfordert eine positive Ereignis-seq, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="461"/>
        <source>--kind correction needs --reason</source>
        <translation>--kind correction erfordert --reason</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="477"/>
        <source>%1: status not changed: %2</source>
        <translation>%1: Status nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="494"/>
        <source>Logged note as seq %1 in %2</source>
        <translation>Notiz als seq %1 in %2 protokolliert</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="497"/>
        <source>Logged status change to %1 as seq %2 in %3</source>
        <translation>Statusänderung auf %1 als seq %2 in %3 protokolliert</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="500"/>
        <source>Logged correction of seq %1 as seq %2 in %3</source>
        <translation>Korrektur von seq %1 als seq %2 in %3 protokolliert</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="510"/>
        <source>Show the state derived from an incident&apos;s events. Opens the file read-only.</source>
        <translation>Zeigt den aus den Ereignissen eines Incidents abgeleiteten Stand. Öffnet die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="512"/>
        <source>Print JSON instead of text.</source>
        <translation>Gibt JSON statt Text aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="532"/>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="532"/>
        <source>(not declared)</source>
        <translation>(nicht ausgerufen)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="533"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="533"/>
        <source>%1 (format %2)</source>
        <translation>%1 (Format %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="534"/>
        <source>Exercise:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="534"/>
        <source>yes, a rehearsal, not a real outage</source>
        <translation>ja, eine Übung, kein echter Ausfall</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="534"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="535"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="538"/>
        <source>Declared:</source>
        <translation>Ausgerufen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="538"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="539"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="539"/>
        <source>%1, the last at %2</source>
        <translation>%1, zuletzt am %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="540"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="545"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="829"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="832"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="901"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="909"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="983"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="543"/>
        <source>Status first entered:</source>
        <translation>Status erstmals erreicht:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="560"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="562"/>
        <source>none assigned</source>
        <translation>keine zugewiesen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="570"/>
        <source>Corrected events: %1</source>
        <translation>Korrigierte Ereignisse: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="579"/>
        <source>Recompute the hash chain of an incident file and name the first event that was
changed, deleted, inserted or reordered. Opens the file read-only.</source>
        <translation>Berechnet die Hash-Kette einer Incident-Datei neu und nennt das erste Ereignis, das
geändert, gelöscht, eingefügt oder umsortiert wurde. Öffnet die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="582"/>
        <source>Print the result as JSON (the exit status stays the same).</source>
        <translation>Gibt das Ergebnis als JSON aus (der Exit-Status bleibt gleich).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="607"/>
        <source>%1: the hash chain is broken</source>
        <translation>%1: die Hash-Kette ist unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="608"/>
        <source>first bad event: seq %1 (%2)</source>
        <translation>erstes fehlerhaftes Ereignis: seq %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="613"/>
        <source>chain intact: 1 event, head hash %1</source>
        <translation>Kette intakt: 1 Ereignis, Head-Hash %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="614"/>
        <source>chain intact: %1 events, head hash %2</source>
        <translation>Kette intakt: %1 Ereignisse, Head-Hash %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="625"/>
        <source>Write an incident&apos;s state and every event as JSON, CSV or a Markdown report
for auditors. Opens the file read-only.</source>
        <translation>Gibt den Stand eines Incidents und alle Ereignisse als JSON, CSV oder als
Markdown-Bericht für das Audit aus. Öffnet die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="628"/>
        <source>json, csv or markdown (required).</source>
        <translation>json, csv oder markdown (Pflichtangabe).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="630"/>
        <source>Write to OUT instead of standard output (&apos;-&apos; is standard output). OUT is written whole or not at all, and never over FILE.</source>
        <translation>In OUT statt auf die Standardausgabe schreiben („-“ ist die Standardausgabe). OUT wird ganz oder gar nicht geschrieben und nie über DATEI.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="689"/>
        <source>Read the service catalog of a workspace (services.yaml, catalog-info.yaml and catalog/**/*.yaml)
or a single catalog file, native or Backstage, and answer one question per call.

Service ids as written in the catalog; Backstage entities also as full or short
references (component:default/orders, component:orders) or, when unambiguous, by name;
native services also as service:&lt;id&gt;. Several ids: comma-separated or the option repeated.

Problems in the catalog go to standard error as file:line:column: message. Exit status:
0 success, 1 errors in the catalog or an unknown service, 2 bad usage.
The JSON shapes are described in docs/cli.md.</source>
        <translation>Liest den Dienstkatalog eines Arbeitsbereichs (services.yaml, catalog-info.yaml und catalog/**/*.yaml)
oder eine einzelne Katalogdatei, eigenes Format oder Backstage, und beantwortet eine Frage pro Aufruf.

Dienst-IDs wie im Katalog geschrieben; Backstage-Entitäten auch als volle oder kurze
Verweise (component:default/orders, component:orders) oder, wenn eindeutig, beim Namen;
eigene Dienste auch als service:&lt;id&gt;. Mehrere IDs: durch Kommas getrennt oder die Option wiederholt.

Probleme im Katalog gehen als Datei:Zeile:Spalte: Meldung auf die Standardfehlerausgabe. Exit-Status:
0 Erfolg, 1 Fehler im Katalog oder unbekannter Dienst, 2 falscher Aufruf.
Die JSON-Formen beschreibt docs/cli.md.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1017"/>
        <source>Read the workspace&apos;s catalog and backends.yaml, run every configured check once (health
endpoints, Patroni clusters, DNS) and print a report. Exit status: 0 when every tier-0/1
service is healthy and every replica is within its RPO, 1 otherwise (or when the workspace
has errors), 2 bad usage. Meant for cron: validate failover readiness continuously.
The JSON shape is described in docs/cli.md.</source>
        <translation>Liest den Katalog und backends.yaml des Arbeitsbereichs, führt jede konfigurierte Prüfung einmal aus
(Health-Endpunkte, Patroni-Cluster, DNS) und gibt einen Bericht aus. Exit-Status: 0, wenn jeder Dienst
der Stufe 0/1 gesund ist und jedes Replikat innerhalb seiner RPO liegt, sonst 1 (auch bei Fehlern im
Arbeitsbereich), 2 falscher Aufruf. Gedacht für cron: prüft die Failover-Bereitschaft fortlaufend.
Die JSON-Form beschreibt docs/cli.md.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1022"/>
        <source>A workspace folder.</source>
        <translation>Ein Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1023"/>
        <source>Print the report as JSON.</source>
        <translation>Gibt den Bericht als JSON aus.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1060"/>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1061"/>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1062"/>
        <source>leader %1</source>
        <translation>Leader %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1063"/>
        <source>unreachable (%1)</source>
        <translation>nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1066"/>
        <source>lag %1 bytes</source>
        <translation>Verzögerung %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1074"/>
        <source>Not watched by any check (tier 0/1): %1</source>
        <translation>Von keiner Prüfung überwacht (Stufe 0/1): %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1077"/>
        <source>READY: every tier-0/1 service is healthy and every replica is within its RPO.</source>
        <translation>BEREIT: jeder Dienst der Stufe 0/1 ist gesund und jedes Replikat liegt innerhalb seiner RPO.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1079"/>
        <source>NOT READY:</source>
        <translation>NICHT BEREIT:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="638"/>
        <source>--format is required (json, csv or markdown)</source>
        <translation>--format ist erforderlich (json, csv oder markdown)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="641"/>
        <source>unknown format &apos;%1&apos; (expected json, csv or markdown)</source>
        <translation>unbekanntes Format „%1“ (erwartet: json, csv oder markdown)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="644"/>
        <source>-o needs a file name</source>
        <translation>-o erfordert einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="649"/>
        <source>refusing to write the export over the incident file %1</source>
        <translation>der Export wird nicht über die Incident-Datei %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="660"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="664"/>
        <source>cannot write to standard output: %1</source>
        <translation>Schreiben auf die Standardausgabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="671"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="677"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="678"/>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="697"/>
        <source>A workspace folder or a single catalog file.</source>
        <translation>Ein Arbeitsbereichsordner oder eine einzelne Katalogdatei.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="698"/>
        <source>Validate the catalog: the number of services and dependencies, or every error as file:line:column: message (exit 1).</source>
        <translation>Den Katalog prüfen: die Zahl der Dienste und Abhängigkeiten, oder jeden Fehler als Datei:Zeile:Spalte: Meldung (Exit-Code 1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="701"/>
        <source>Everything that depends on the failed services, split into hard and soft impact, with the highest tier and the tightest RTO affected.</source>
        <translation>Alles, was von den ausgefallenen Diensten abhängt, getrennt nach harter und weicher Auswirkung, mit der höchsten betroffenen Stufe und der knappsten betroffenen RTO.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="705"/>
        <source>Among the unhealthy services, those none of whose dependencies is unhealthy: where to look first.</source>
        <translation>Unter den gestörten Diensten diejenigen, deren Abhängigkeiten alle gesund sind: wo man zuerst nachsieht.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="709"/>
        <source>Start order in layers, dependency cycles and where they are broken, the critical path and the services that cannot meet their RTO.</source>
        <translation>Startreihenfolge in Schichten, Abhängigkeitszyklen und wo sie aufgebrochen werden, der kritische Pfad und die Dienste, die ihre RTO nicht einhalten können.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="711"/>
        <source>Print the graph in Graphviz format: an edge from each service to each of its dependencies, soft ones dashed.</source>
        <translation>Den Graphen im Graphviz-Format ausgeben: eine Kante von jedem Dienst zu jeder seiner Abhängigkeiten, weiche gestrichelt.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="713"/>
        <source>Print the result as JSON (not with --dot).</source>
        <translation>Das Ergebnis als JSON ausgeben (nicht mit --dot).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="717"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1027"/>
        <source>missing WORKSPACE argument</source>
        <translation>Argument WORKSPACE fehlt</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="718"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1028"/>
        <source>unexpected argument &apos;%1&apos; (only one WORKSPACE is accepted)</source>
        <translation>unerwartetes Argument „%1“ (nur ein WORKSPACE ist erlaubt)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="719"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="1029"/>
        <source>WORKSPACE must not be empty</source>
        <translation>WORKSPACE darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="728"/>
        <source>choose one of --check, --blast-radius, --root-causes, --startup-order and --dot</source>
        <translation>eine der Optionen --check, --blast-radius, --root-causes, --startup-order und --dot wählen</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="730"/>
        <source>one action per call, not %1</source>
        <translation>eine Aktion pro Aufruf, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="733"/>
        <source>--json does not apply to --dot</source>
        <translation>--json gilt nicht für --dot</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="745"/>
        <source>--%1 needs at least one service id</source>
        <translation>--%1 braucht mindestens eine Dienst-ID</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="782"/>
        <source>%1: the catalog has no services</source>
        <translation>%1: der Katalog enthält keine Dienste</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="786"/>
        <source>1 service</source>
        <translation>1 Dienst</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="786"/>
        <source>%1 services</source>
        <translation>%1 Dienste</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="787"/>
        <source>1 dependency</source>
        <translation>1 Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="787"/>
        <source>%1 dependencies</source>
        <translation>%1 Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="789"/>
        <source>%1 (%2 soft)</source>
        <translation>%1 (%2 weich)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="821"/>
        <source>Failed (%1):</source>
        <translation>Ausgefallen (%1):</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="823"/>
        <source>Hard impact (%1), these stop working:</source>
        <translation>Harte Auswirkung (%1), diese funktionieren nicht mehr:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="825"/>
        <source>Soft impact (%1), these run degraded:</source>
        <translation>Weiche Auswirkung (%1), diese laufen eingeschränkt:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="829"/>
        <source>Highest tier affected:</source>
        <translation>Höchste betroffene Stufe:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="830"/>
        <source>Tightest RTO:</source>
        <translation>Knappste RTO:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="830"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="852"/>
        <source>Unhealthy (%1): %2</source>
        <translation>Gestört (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="853"/>
        <source>Root-cause candidates (%1), none of their dependencies is unhealthy:</source>
        <translation>Ursachenkandidaten (%1), keine ihrer Abhängigkeiten ist gestört:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="888"/>
        <source>Cycles: none</source>
        <translation>Zyklen: keine</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="890"/>
        <source>Cycles (%1), each broken at one dependency:</source>
        <translation>Zyklen (%1), jeder an einer Abhängigkeit aufgebrochen:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="897"/>
        <source>Start order (services in one layer can start in parallel):</source>
        <translation>Startreihenfolge (Dienste einer Schicht können parallel starten):</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="903"/>
        <source>Critical path (%1), in start order:</source>
        <translation>Kritischer Pfad (%1), in Startreihenfolge:</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="907"/>
        <source>no startup_time</source>
        <translation>keine startup_time</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="912"/>
        <source>RTO violations: none</source>
        <translation>RTO-Verletzungen: keine</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="914"/>
        <source>RTO violations (%1):</source>
        <translation>RTO-Verletzungen (%1):</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="917"/>
        <source>start order: %1</source>
        <translation>Startreihenfolge: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="929"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="934"/>
        <source>1 error in the service catalog</source>
        <translation>1 Fehler im Dienstkatalog</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="935"/>
        <source>%1 errors in the service catalog</source>
        <translation>%1 Fehler im Dienstkatalog</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="953"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>unbekannter Dienst „%1“</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="954"/>
        <source>&apos;%1&apos; could be any of %2; write the one you mean in full</source>
        <translation>„%1“ könnte jeder von %2 sein; den gemeinten vollständig schreiben</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="970"/>
        <location filename="../app/ctl/IncidentCtl.cpp" line="996"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IncidentCtl.cpp" line="972"/>
        <source>RTO %1</source>
        <translation>RTO %1</translation>
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
    <name>MarkServiceCommand</name>
    <message>
        <location filename="../models/IncidentCommands.cpp" line="62"/>
        <source>Mark %1 failed</source>
        <translation>%1 als ausgefallen markieren</translation>
    </message>
    <message>
        <location filename="../models/IncidentCommands.cpp" line="62"/>
        <source>Clear the failure mark of %1</source>
        <translation>Ausfallmarkierung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../widgets/Presentation.cpp" line="65"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="73"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="82"/>
        <source>local %1</source>
        <translation>lokal %1</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="93"/>
        <source>Resolved after</source>
        <translation>Behoben nach</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="94"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../widgets/Presentation.cpp" line="105"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../models/Readiness.cpp" line="107"/>
        <location filename="../models/Readiness.cpp" line="134"/>
        <location filename="../models/Readiness.cpp" line="204"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="112"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="113"/>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="116"/>
        <source>%1 (%2) is not healthy: %3</source>
        <translation>%1 (%2) ist nicht gesund: %3</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="136"/>
        <source>cluster unreadable: %1</source>
        <translation>Cluster nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="137"/>
        <location filename="../models/Readiness.cpp" line="186"/>
        <location filename="../models/Readiness.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="151"/>
        <source>%1 runs as a primary outside the cluster</source>
        <translation>%1 läuft als Primary außerhalb des Clusters</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="152"/>
        <source>%1 is not in the cluster</source>
        <translation>%1 ist nicht im Cluster</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="156"/>
        <source>replica %1 is %2</source>
        <translation>Replikat %1 ist %2</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="156"/>
        <source>in no known state</source>
        <translation>in keinem bekannten Zustand</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="158"/>
        <source>replica %1 lag is unknown</source>
        <translation>Verzögerung von Replikat %1 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="160"/>
        <source>replica %1 lags %2, over the RPO limit of %3</source>
        <translation>Replikat %1 hat %2 Verzögerung, über der RPO-Grenze von %3</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="164"/>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="166"/>
        <source>split brain: %1 all claim to be primary</source>
        <translation>Split-Brain: %1 halten sich alle für den Primary</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="170"/>
        <source>no replica to fail over to</source>
        <translation>kein Replikat für ein Failover vorhanden</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="173"/>
        <source>member %1 does not answer</source>
        <translation>Mitglied %1 antwortet nicht</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="183"/>
        <source>leader %1, every replica within %2</source>
        <translation>Leader %1, jedes Replikat innerhalb von %2</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="206"/>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="209"/>
        <source>%1 (TTL %2 s)</source>
        <translation>%1 (TTL %2 s)</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="212"/>
        <source>%1, expected %2; clients may cache it for %3 s</source>
        <translation>%1, erwartet %2; Clients können es bis zu %3 s zwischenspeichern</translation>
    </message>
    <message>
        <location filename="../models/Readiness.cpp" line="237"/>
        <source>no checks are configured (backends.yaml has no health, patroni or dns entries)</source>
        <translation>keine Prüfungen konfiguriert (backends.yaml hat keine Einträge health, patroni oder dns)</translation>
    </message>
</context>
<context>
    <name>ServiceGraph</name>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="157"/>
        <source>Marked failed</source>
        <translation>Als ausgefallen markiert</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="160"/>
        <source>Down</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="160"/>
        <source>Failed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="162"/>
        <source>Hard impact</source>
        <translation>Harte Auswirkung</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="164"/>
        <source>Soft impact</source>
        <translation>Weiche Auswirkung</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ServiceGraphItems.cpp" line="424"/>
        <source>System of %n services: %1</source>
        <translation>
            <numerusform>System aus %n Dienst: %1</numerusform>
            <numerusform>System aus %n Diensten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="426"/>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="428"/>
        <source>Marked failed by hand</source>
        <translation>Von Hand als ausgefallen markiert</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="430"/>
        <source>Blast radius: %1</source>
        <translation>Auswirkungsradius: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="477"/>
        <source>%1 depends on %2 (soft: runs degraded without it)</source>
        <translation>%1 hängt von %2 ab (weich: läuft ohne eingeschränkt)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphItems.cpp" line="478"/>
        <source>%1 depends on %2</source>
        <translation>%1 hängt von %2 ab</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <location filename="../models/TimelineStore.cpp" line="178"/>
        <source>%1: %2: the file is locked by another program (waited %3 s)</source>
        <translation>%1: %2: die Datei ist von einem anderen Programm gesperrt (%3 s gewartet)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="181"/>
        <source>%1: %2: the file is damaged (%3)</source>
        <translation>%1: %2: die Datei ist beschädigt (%3)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="183"/>
        <source>%1: not an incident file (%2)</source>
        <translation>%1: keine Incident-Datei (%2)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="185"/>
        <source>%1: %2: the file is read-only (%3)</source>
        <translation>%1: %2: die Datei ist schreibgeschützt (%3)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="187"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="212"/>
        <source>cannot write the schema</source>
        <translation>Schreiben des Schemas fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="227"/>
        <source>cannot open</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="241"/>
        <source>%1: a file with this name already exists</source>
        <translation>%1: eine Datei mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="244"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="278"/>
        <source>cannot write metadata</source>
        <translation>Schreiben der Metadaten fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="289"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="291"/>
        <source>%1: not an incident file (it is a folder or a device)</source>
        <translation>%1: keine Incident-Datei (sondern ein Ordner oder ein Gerät)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="297"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="300"/>
        <source>%1: not an incident file (not a SQLite database)</source>
        <translation>%1: keine Incident-Datei (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="304"/>
        <source>%1: not an incident file (a SQLite database of another program)</source>
        <translation>%1: keine Incident-Datei (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="316"/>
        <source>%1: the file is write-protected; open it read-only</source>
        <translation>%1: die Datei ist nicht beschreibbar; öffnen Sie sie schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="344"/>
        <location filename="../models/TimelineStore.cpp" line="348"/>
        <source>cannot read the file</source>
        <translation>Lesen der Datei fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="353"/>
        <source>%1: not an incident file</source>
        <translation>%1: keine Incident-Datei</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="356"/>
        <source>%1: written by a newer version of Incident Console (file format %2, this version reads up to %3); update the program to open it</source>
        <translation>%1: mit einer neueren Version von Incident Console geschrieben (Dateiformat %2, diese Version liest bis Format %3); aktualisieren Sie das Programm, um die Datei zu öffnen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="381"/>
        <source>%1: cannot upgrade the file from format %2 to %3: %4</source>
        <translation>%1: die Datei kann nicht von Format %2 auf Format %3 aktualisiert werden: %4</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="396"/>
        <source>%1: event refused: %2</source>
        <translation>%1: Ereignis abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="412"/>
        <location filename="../models/TimelineStore.cpp" line="424"/>
        <location filename="../models/TimelineStore.cpp" line="454"/>
        <location filename="../models/TimelineStore.cpp" line="458"/>
        <location filename="../models/TimelineStore.cpp" line="475"/>
        <source>cannot append</source>
        <translation>Anhängen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="499"/>
        <location filename="../models/TimelineStore.cpp" line="503"/>
        <source>cannot index</source>
        <translation>Indizieren fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="444"/>
        <location filename="../models/TimelineStore.cpp" line="521"/>
        <location filename="../models/TimelineStore.cpp" line="554"/>
        <location filename="../models/TimelineStore.cpp" line="574"/>
        <location filename="../models/TimelineStore.cpp" line="644"/>
        <location filename="../models/TimelineStore.cpp" line="672"/>
        <location filename="../models/TimelineStore.cpp" line="727"/>
        <location filename="../models/TimelineStore.cpp" line="751"/>
        <location filename="../models/TimelineStore.cpp" line="770"/>
        <source>no incident file is open</source>
        <translation>keine Incident-Datei geöffnet</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="446"/>
        <location filename="../models/TimelineStore.cpp" line="674"/>
        <source>%1: opened read-only; nothing can be added</source>
        <translation>%1: schreibgeschützt geöffnet; es kann nichts hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="508"/>
        <location filename="../models/TimelineStore.cpp" line="717"/>
        <source>cannot commit</source>
        <translation>Festschreiben fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="529"/>
        <location filename="../models/TimelineStore.cpp" line="557"/>
        <location filename="../models/TimelineStore.cpp" line="564"/>
        <location filename="../models/TimelineStore.cpp" line="605"/>
        <location filename="../models/TimelineStore.cpp" line="624"/>
        <location filename="../models/TimelineStore.cpp" line="655"/>
        <location filename="../models/TimelineStore.cpp" line="665"/>
        <source>cannot read</source>
        <translation>Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="562"/>
        <source>%1: there is no event with seq %2</source>
        <translation>%1: es gibt kein Ereignis mit seq %2</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="679"/>
        <source>%1: sample refused: it has no series name</source>
        <translation>%1: Messwert abgelehnt: ihm fehlt der Name der Zeitreihe</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="682"/>
        <source>%1: sample refused: the value of %2 is not a number</source>
        <translation>%1: Messwert abgelehnt: der Wert von %2 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="689"/>
        <location filename="../models/TimelineStore.cpp" line="693"/>
        <location filename="../models/TimelineStore.cpp" line="712"/>
        <source>cannot store samples</source>
        <translation>Speichern der Messwerte fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="734"/>
        <location filename="../models/TimelineStore.cpp" line="743"/>
        <location filename="../models/TimelineStore.cpp" line="756"/>
        <location filename="../models/TimelineStore.cpp" line="762"/>
        <source>cannot read samples</source>
        <translation>Lesen der Messwerte fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="775"/>
        <location filename="../models/TimelineStore.cpp" line="829"/>
        <source>cannot verify</source>
        <translation>Prüfen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="801"/>
        <source>event %1 is missing; the next stored event is %2 (events were deleted)</source>
        <translation>Ereignis %1 fehlt; das nächste gespeicherte Ereignis ist %2 (Ereignisse wurden gelöscht)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="808"/>
        <source>a field has the wrong type (the row was altered)</source>
        <translation>ein Feld hat den falschen Typ (die Zeile wurde verändert)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="812"/>
        <source>its prev_hash does not match the hash of event %1 (events were inserted, removed or reordered before it)</source>
        <translation>sein prev_hash passt nicht zum Hash von Ereignis %1 (davor wurden Ereignisse eingefügt, entfernt oder umsortiert)</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="819"/>
        <source>%1: cannot verify: SHA-256 is not available</source>
        <translation>%1: Prüfen nicht möglich: SHA-256 ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/TimelineStore.cpp" line="824"/>
        <source>its content does not match its hash (the event was changed)</source>
        <translation>sein Inhalt passt nicht zu seinem Hash (das Ereignis wurde verändert)</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../models/YamlReader.cpp" line="23"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../models/YamlReader.cpp" line="33"/>
        <source>could not read this document: %1</source>
        <translation>dieses Dokument konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/YamlReader.cpp" line="40"/>
        <source>%1 must be a map of keys and values</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <location filename="../models/YamlReader.cpp" line="48"/>
        <source>a key in %1 must be text</source>
        <translation>ein Schlüssel in %1 muss Text sein</translation>
    </message>
    <message>
        <location filename="../models/YamlReader.cpp" line="53"/>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../models/YamlReader.cpp" line="64"/>
        <source>unknown key &quot;%1&quot; in %2, ignored</source>
        <translation>unbekannter Schlüssel „%1“ in %2, ignoriert</translation>
    </message>
</context>
<context>
    <name>ic::AlertmanagerClient</name>
    <message>
        <location filename="../backends/AlertmanagerClient.cpp" line="40"/>
        <source>Alertmanager answered HTTP %1: %2</source>
        <translation>Alertmanager antwortete mit HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>ic::AlertsModel</name>
    <message>
        <location filename="../models/AlertsModel.cpp" line="128"/>
        <source>Silenced</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="130"/>
        <source>Inhibited</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="132"/>
        <source>Unprocessed</source>
        <translation>Unverarbeitet</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="133"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="170"/>
        <source>Silenced by %1</source>
        <translation>Stummgeschaltet durch %1</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="172"/>
        <source>Alertmanager cannot be read: this list may be out of date (%1)</source>
        <translation>Alertmanager kann nicht gelesen werden: diese Liste ist möglicherweise veraltet (%1)</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="201"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="202"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="203"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="204"/>
        <source>Since (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="205"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/AlertsModel.cpp" line="206"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ic::AlertsPanel</name>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="288"/>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="289"/>
        <source>E&amp;xpire silence</source>
        <translation>Stummschaltung &amp;beenden</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="305"/>
        <source>Silence the selected alert in Alertmanager for a while, with a comment</source>
        <translation>Den ausgewählten Alarm in Alertmanager eine Zeit lang stummschalten, mit einem Kommentar</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="307"/>
        <source>End the silence of the selected alert now</source>
        <translation>Die Stummschaltung des ausgewählten Alarms jetzt beenden</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="314"/>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="405"/>
        <source>The list below is from %1.</source>
        <translation>Stand der Liste unten: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="406"/>
        <source>No list has been read yet.</source>
        <translation>Es wurde noch keine Liste gelesen.</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="407"/>
        <source>⚠ Stale: Alertmanager could not be read (%1). %2</source>
        <translation>⚠ Veraltet: Alertmanager konnte nicht gelesen werden (%1). %2</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="416"/>
        <source>No alerts are firing.</source>
        <translation>Keine Alarme aktiv.</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="417"/>
        <source>Alertmanager could not be read yet.</source>
        <translation>Alertmanager konnte noch nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="418"/>
        <source>Alertmanager has not been read yet.</source>
        <translation>Alertmanager wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="430"/>
        <location filename="../widgets/AlertsPanel.cpp" line="432"/>
        <source>1 alert firing</source>
        <translation>1 Alarm aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="430"/>
        <location filename="../widgets/AlertsPanel.cpp" line="432"/>
        <source>%1 alerts firing</source>
        <translation>%1 Alarme aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="433"/>
        <source>1 silenced</source>
        <translation>1 stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="433"/>
        <source>%1 silenced</source>
        <translation>%1 stummgeschaltet</translation>
    </message>
</context>
<context>
    <name>ic::DnsChecker</name>
    <message>
        <location filename="../backends/DnsChecker.cpp" line="120"/>
        <source>unsupported record type %1</source>
        <translation>nicht unterstützter Eintragstyp %1</translation>
    </message>
    <message>
        <location filename="../backends/DnsChecker.cpp" line="124"/>
        <source>%1 is not an IP address</source>
        <translation>%1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../backends/DnsChecker.cpp" line="153"/>
        <source>the name does not exist or has no %1 records (%2)</source>
        <translation>der Name existiert nicht oder hat keine %1-Einträge (%2)</translation>
    </message>
    <message>
        <location filename="../backends/DnsChecker.cpp" line="201"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../backends/DnsChecker.cpp" line="234"/>
        <location filename="../backends/DnsChecker.cpp" line="263"/>
        <source>%1 refused the query (no DNS server listens there)</source>
        <translation>%1 hat die Anfrage abgelehnt (dort lauscht kein DNS-Server)</translation>
    </message>
    <message>
        <location filename="../backends/DnsChecker.cpp" line="235"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backends/DnsChecker.cpp" line="241"/>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
</context>
<context>
    <name>ic::DnsModel</name>
    <message>
        <location filename="../models/DnsModel.cpp" line="85"/>
        <source>Expected answer</source>
        <translation>Erwartete Antwort</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="86"/>
        <source>Old or unexpected answer</source>
        <translation>Alte oder unerwartete Antwort</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="87"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="90"/>
        <source>Not asked yet</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="116"/>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="118"/>
        <source>%1 UTC
%2 local time</source>
        <translation>%1 UTC
%2 Ortszeit</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="126"/>
        <source>System resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="132"/>
        <source>(no records)</source>
        <translation>(keine Einträge)</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="153"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="154"/>
        <source>Resolver</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="155"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="156"/>
        <source>Cached up to</source>
        <translation>Max. Cache-Dauer</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/DnsModel.cpp" line="158"/>
        <source>Checked (UTC)</source>
        <translation>Geprüft (UTC)</translation>
    </message>
</context>
<context>
    <name>ic::EventDetailsPanel</name>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="85"/>
        <source>Select an event in the timeline to read it here in full.</source>
        <translation>Wählen Sie ein Ereignis in der Timeline aus, um es hier vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="102"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="102"/>
        <source>by %1, %2</source>
        <comment>by actor, role</comment>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="103"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="108"/>
        <source>local time is UTC</source>
        <translation>Ortszeit ist UTC</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="109"/>
        <source>local %1</source>
        <translation>lokal %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="110"/>
        <source>%1 UTC · %2</source>
        <comment>event time in UTC, then in local time</comment>
        <translation>%1 UTC · %2</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="118"/>
        <source>Corrects &lt;a href=&quot;%1&quot;&gt;event %2&lt;/a&gt;</source>
        <translation>Korrigiert &lt;a href=&quot;%1&quot;&gt;Ereignis %2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="122"/>
        <source>Corrected by &lt;a href=&quot;%1&quot;&gt;event %2&lt;/a&gt;; this entry no longer stands as written.</source>
        <translation>Korrigiert durch &lt;a href=&quot;%1&quot;&gt;Ereignis %2&lt;/a&gt;; dieser Eintrag gilt so nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="127"/>
        <source>hash:</source>
        <translation>hash:</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailsPanel.cpp" line="127"/>
        <source>prev_hash:</source>
        <translation>prev_hash:</translation>
    </message>
</context>
<context>
    <name>ic::GraphAlgorithms</name>
    <message>
        <location filename="../models/GraphAlgorithms.cpp" line="449"/>
        <source>%1 depends on itself: that dependency is ignored for the start order</source>
        <translation>%1 hängt von sich selbst ab: diese Abhängigkeit wird für die Startreihenfolge ignoriert</translation>
    </message>
    <message>
        <location filename="../models/GraphAlgorithms.cpp" line="453"/>
        <source>%1 → %2 is a soft dependency: %1 starts without it and catches up</source>
        <translation>%1 → %2 ist eine weiche Abhängigkeit: %1 startet ohne sie und holt nach</translation>
    </message>
    <message>
        <location filename="../models/GraphAlgorithms.cpp" line="457"/>
        <source>%1 → %2: no dependency in this cycle is soft, and %2 is its least critical service (tier %3), so %1 starts without it and stays degraded until %2 is up</source>
        <translation>%1 → %2: keine Abhängigkeit in diesem Zyklus ist weich, und %2 ist sein am wenigsten kritischer Dienst (Stufe %3), also startet %1 ohne ihn und bleibt eingeschränkt, bis %2 läuft</translation>
    </message>
    <message>
        <location filename="../models/GraphAlgorithms.cpp" line="463"/>
        <source>%1 → %2: no dependency in this cycle is soft, and %2 has no tier, so it counts as the least critical; %1 starts without it and stays degraded until %2 is up</source>
        <translation>%1 → %2: keine Abhängigkeit in diesem Zyklus ist weich, und %2 hat keine Stufe, zählt also als am wenigsten kritisch; %1 startet ohne ihn und bleibt eingeschränkt, bis %2 läuft</translation>
    </message>
    <message>
        <location filename="../models/GraphAlgorithms.cpp" line="605"/>
        <source>%1 cannot meet its %2 RTO: it needs %3 to start</source>
        <translation>%1 kann seine RTO von %2 nicht einhalten: es braucht %3 zum Starten</translation>
    </message>
    <message>
        <location filename="../models/GraphAlgorithms.cpp" line="607"/>
        <source>%1 cannot meet its %2 RTO: its dependency chain needs %3</source>
        <translation>%1 kann seine RTO von %2 nicht einhalten: seine Abhängigkeitskette braucht %3</translation>
    </message>
</context>
<context>
    <name>ic::HealthDashboard</name>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="109"/>
        <location filename="../widgets/HealthDashboard.cpp" line="120"/>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="142"/>
        <source>Filter by service, check or error…</source>
        <translation>Nach Dienst, Prüfung oder Fehler filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="144"/>
        <source>Filter health checks</source>
        <translation>Zustandsprüfungen filtern</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="145"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="157"/>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="249"/>
        <source>backends.yaml in the workspace folder</source>
        <translation>backends.yaml im Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="250"/>
        <source>No health checks in backends.yaml.

Add a “health:” list with a service, a url and a format per check to %1; the grid fills as soon as the workspace is reloaded.</source>
        <translation>Keine Zustandsprüfungen in backends.yaml.

Fügen Sie in %1 eine Liste „health:“ mit service, url und format je Prüfung hinzu; die Tabelle füllt sich, sobald der Arbeitsbereich neu geladen wird.</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="280"/>
        <location filename="../widgets/HealthDashboard.cpp" line="282"/>
        <location filename="../widgets/HealthDashboard.cpp" line="284"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/HealthDashboard.cpp" line="280"/>
        <source>%n down</source>
        <translation>
            <numerusform>%n nicht verfügbar</numerusform>
            <numerusform>%n nicht verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/HealthDashboard.cpp" line="282"/>
        <source>%n degraded</source>
        <translation>
            <numerusform>%n eingeschränkt</numerusform>
            <numerusform>%n eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/HealthDashboard.cpp" line="284"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/HealthDashboard.cpp" line="286"/>
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n in Wartung</numerusform>
            <numerusform>%n in Wartung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="287"/>
        <source>1 check</source>
        <translation>1 Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="287"/>
        <source>%1 checks</source>
        <translation>%1 Prüfungen</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="288"/>
        <source>%1, all healthy</source>
        <translation>%1, alle gesund</translation>
    </message>
    <message>
        <location filename="../widgets/HealthDashboard.cpp" line="289"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ic::HealthModel</name>
    <message>
        <location filename="../models/HealthModel.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="258"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="259"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="260"/>
        <source>Down</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="263"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="292"/>
        <source>%1 (maintenance)</source>
        <translation>%1 (Wartung)</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="295"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="306"/>
        <source>Planned maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="307"/>
        <source>Planned maintenance: %1</source>
        <translation>Geplante Wartung: %1</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="314"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="315"/>
        <source>%1 UTC
%2 local time</source>
        <translation>%1 UTC
%2 Ortszeit</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="321"/>
        <source>%1
at %2 UTC</source>
        <translation>%1
um %2 UTC</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="355"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="356"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="357"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="358"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="359"/>
        <source>Last checked (UTC)</source>
        <translation>Zuletzt geprüft (UTC)</translation>
    </message>
    <message>
        <location filename="../models/HealthModel.cpp" line="360"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>ic::HealthProber</name>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="155"/>
        <source>HTTP %1 although the answer says %2</source>
        <translation>HTTP %1, obwohl die Antwort %2 meldet</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="166"/>
        <source>unknown health status &quot;%1&quot;</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="167"/>
        <location filename="../backends/HealthProbe.cpp" line="203"/>
        <source>the answer has no &quot;status&quot;</source>
        <translation>die Antwort hat kein „status“</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="191"/>
        <location filename="../backends/HealthProbe.cpp" line="193"/>
        <location filename="../backends/HealthProbe.cpp" line="214"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="225"/>
        <source>expected &quot;ok&quot; or a list of checks</source>
        <translation>„ok“ oder eine Liste von Prüfungen erwartet</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="229"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="234"/>
        <location filename="../backends/HealthProbe.cpp" line="238"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="237"/>
        <location filename="../backends/HealthProbe.cpp" line="282"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="262"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="273"/>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="274"/>
        <source>no content type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="296"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../backends/HealthProbe.cpp" line="297"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>ic::HttpFetcher</name>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="147"/>
        <source>environment variable %1 is not set</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="152"/>
        <source>environment variable %1 is empty</source>
        <translation>Umgebungsvariable %1 ist leer</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="157"/>
        <source>keychain entry &apos;%1&apos; can only be read asynchronously</source>
        <translation>Schlüsselbundeintrag &apos;%1&apos; kann nur asynchron gelesen werden</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="189"/>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; ist keine http- oder https-URL</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="196"/>
        <location filename="../backends/HttpFetcher.cpp" line="210"/>
        <location filename="../backends/HttpFetcher.cpp" line="406"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="234"/>
        <source>there is no such entry</source>
        <translation>Eintrag nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="236"/>
        <source>access was denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="237"/>
        <source>no keychain service is available</source>
        <translation>kein Schlüsselbunddienst verfügbar</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="240"/>
        <source>%1: keychain entry &apos;%2&apos; could not be read: %3</source>
        <translation>%1: Schlüsselbundeintrag &apos;%2&apos; konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="250"/>
        <source>%1: keychain entry &apos;%2&apos; could not be read: this build has no keychain support</source>
        <translation>%1: Schlüsselbundeintrag &apos;%2&apos; konnte nicht gelesen werden: dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="344"/>
        <source>%1: the answer is larger than the limit of %2</source>
        <translation>%1: die Antwort überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="350"/>
        <source>%1: timed out after %2 s</source>
        <translation>%1: Zeitüberschreitung nach %2 s</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="357"/>
        <source>%1: too many redirects</source>
        <translation>%1: zu viele Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="358"/>
        <source>%1: HTTP %2 redirect to %3 not followed (only redirects to the same host and port are)</source>
        <translation>%1: HTTP-%2-Weiterleitung nach %3 nicht befolgt (nur Weiterleitungen zu demselben Host und Port werden befolgt)</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="365"/>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="371"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="372"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="373"/>
        <source>no content type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="381"/>
        <source>%1: connection refused</source>
        <translation>%1: Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="385"/>
        <source>%1: host not found</source>
        <translation>%1: Host nicht gefunden</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="392"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: Verbindung nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="396"/>
        <source>%1: TLS: %2</source>
        <translation>%1: TLS: %2</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="401"/>
        <source>%1: closed the connection before the answer was complete</source>
        <translation>%1: Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="402"/>
        <source>%1: closed the connection without answering</source>
        <translation>%1: Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="425"/>
        <source>%1: timed out after %2 s reading keychain entry &apos;%3&apos;</source>
        <translation>%1: Zeitüberschreitung nach %2 s beim Lesen des Schlüsselbundeintrags &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="486"/>
        <source>CA file &apos;%1&apos; could not be read: %2</source>
        <translation>CA-Datei &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backends/HttpFetcher.cpp" line="494"/>
        <source>CA file &apos;%1&apos; holds no PEM or DER certificate</source>
        <translation>CA-Datei &apos;%1&apos; enthält kein PEM- oder DER-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ic::Incident</name>
    <message>
        <location filename="../models/Incident.cpp" line="43"/>
        <source>An incident needs a title.</source>
        <translation>Ein Incident braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="45"/>
        <source>An incident needs a commander.</source>
        <translation>Ein Incident braucht einen Incident Commander.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="159"/>
        <location filename="../models/Incident.cpp" line="182"/>
        <location filename="../models/Incident.cpp" line="203"/>
        <location filename="../models/Incident.cpp" line="238"/>
        <source>No incident is open.</source>
        <translation>Es ist kein Incident geöffnet.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="164"/>
        <location filename="../models/Incident.cpp" line="188"/>
        <source>This incident has already been declared.</source>
        <translation>Dieser Incident wurde bereits ausgerufen.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="223"/>
        <source>A note needs text.</source>
        <translation>Eine Notiz braucht einen Text.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="246"/>
        <source>Event %1 is itself a correction; correct the original event instead.</source>
        <translation>Ereignis %1 ist selbst eine Korrektur; korrigieren Sie stattdessen das ursprüngliche Ereignis.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="248"/>
        <source>Event %1 was already corrected by event %2.</source>
        <translation>Ereignis %1 wurde bereits durch Ereignis %2 korrigiert.</translation>
    </message>
    <message>
        <location filename="../models/Incident.cpp" line="253"/>
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
        <location filename="../models/IncidentState.cpp" line="133"/>
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
    <name>ic::LiveDashboard</name>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="36"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="37"/>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="53"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="83"/>
        <location filename="../widgets/LiveDashboard.cpp" line="207"/>
        <location filename="../widgets/LiveDashboard.cpp" line="248"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="84"/>
        <location filename="../widgets/LiveDashboard.cpp" line="208"/>
        <location filename="../widgets/LiveDashboard.cpp" line="270"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="85"/>
        <location filename="../widgets/LiveDashboard.cpp" line="209"/>
        <location filename="../widgets/LiveDashboard.cpp" line="280"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="86"/>
        <location filename="../widgets/LiveDashboard.cpp" line="210"/>
        <location filename="../widgets/LiveDashboard.cpp" line="294"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="153"/>
        <source>DNS answers per resolver</source>
        <translation>DNS-Antworten je Resolver</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="155"/>
        <location filename="../widgets/LiveDashboard.cpp" line="303"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="216"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="216"/>
        <source>%1 not yet</source>
        <translation>%1 noch nicht</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="218"/>
        <source>Last update: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="245"/>
        <source>%1 down</source>
        <translation>%1 nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="247"/>
        <source>%1 degraded</source>
        <translation>%1 eingeschränkt</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="265"/>
        <source>split brain</source>
        <translation>Split-Brain</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="267"/>
        <source>%1 over RPO</source>
        <translation>%1 über RPO</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="269"/>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="277"/>
        <source>%1 firing</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="279"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="291"/>
        <source>%1 over threshold</source>
        <translation>%1 über Schwellenwert</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="293"/>
        <source>%1 failing</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/LiveDashboard.cpp" line="302"/>
        <source>%1 not as expected</source>
        <translation>%1 nicht wie erwartet</translation>
    </message>
</context>
<context>
    <name>ic::LiveRecorder</name>
    <message>
        <location filename="../models/LiveRecorder.cpp" line="95"/>
        <source>No incident is open: live data is shown but not recorded.</source>
        <translation>Kein Incident geöffnet: Live-Daten werden angezeigt, aber nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../models/LiveRecorder.cpp" line="96"/>
        <source>%1 is open read-only: live data is shown but not recorded.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Live-Daten werden angezeigt, aber nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../models/LiveRecorder.cpp" line="205"/>
        <source>A live event was not recorded: %1</source>
        <translation>Ein Live-Ereignis wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../models/LiveRecorder.cpp" line="210"/>
        <source>The incident file cannot be written; the oldest live event waiting was dropped.</source>
        <translation>Die Incident-Datei kann nicht geschrieben werden; das älteste wartende Live-Ereignis wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>ic::LiveWorker</name>
    <message>
        <location filename="../backends/LiveMonitor.cpp" line="112"/>
        <location filename="../backends/LiveMonitor.cpp" line="129"/>
        <source>no Alertmanager is configured in backends.yaml</source>
        <translation>in backends.yaml ist kein Alertmanager konfiguriert</translation>
    </message>
</context>
<context>
    <name>ic::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="212"/>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Incident…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="215"/>
        <source>Declare a new incident (%1)</source>
        <translation>Neuen Incident ausrufen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="218"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="223"/>
        <source>Open &amp;Read-Only…</source>
        <translation>&amp;Schreibgeschützt öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="225"/>
        <source>Open an incident file for review without being able to change it</source>
        <translation>Eine Incident-Datei zur Durchsicht öffnen, ohne sie ändern zu können</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="228"/>
        <source>&amp;Close Incident</source>
        <translation>Incident s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="233"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="298"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="300"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="255"/>
        <source>&amp;Find in Timeline</source>
        <translation>In Timeline &amp;suchen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="276"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="280"/>
        <source>&amp;About Incident Console</source>
        <translation>Ü&amp;ber Incident Console</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="299"/>
        <source>&amp;Undo %1</source>
        <comment>%1 is what would be undone, e.g. &quot;Add note&quot;</comment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="299"/>
        <source>Undo</source>
        <comment>toolbar button</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="301"/>
        <source>&amp;Redo %1</source>
        <comment>%1 is what would be redone, e.g. &quot;Add note&quot;</comment>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="301"/>
        <source>Redo</source>
        <comment>toolbar button</comment>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="306"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="310"/>
        <source>Open Re&amp;cent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="318"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="324"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="326"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="330"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="335"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="341"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="350"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="375"/>
        <source>Incident Summary</source>
        <translation>Incident-Übersicht</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="381"/>
        <source>Service Details</source>
        <translation>Dienstdetails</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="389"/>
        <source>Service Graph</source>
        <translation>Dienstgraph</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="394"/>
        <source>Live Status</source>
        <translation>Live-Status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="396"/>
        <source>Live monitoring is not connected in this window.</source>
        <translation>Die Live-Überwachung ist in diesem Fenster nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="491"/>
        <source>Reading the service catalog…</source>
        <translation>Der Dienstkatalog wird gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="519"/>
        <source>the bundled demo workspace</source>
        <translation>dem mitgelieferten Demo-Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="525"/>
        <location filename="../widgets/MainWindow.cpp" line="561"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="529"/>
        <source>The service catalog of %1 could not be loaded; the service graph stays as it was until the files are fixed:
%2</source>
        <translation>Der Dienstkatalog von %1 konnte nicht geladen werden; der Dienstgraph bleibt, wie er war, bis die Dateien korrigiert sind:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="533"/>
        <source>The service catalog could not be loaded: the message above names the file, line and column.</source>
        <translation>Der Dienstkatalog konnte nicht geladen werden: die Meldung oben nennt Datei, Zeile und Spalte.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="538"/>
        <source>This workspace has no services: add services.yaml or catalog/*.yaml.</source>
        <translation>Dieser Arbeitsbereich hat keine Dienste: services.yaml oder catalog/*.yaml anlegen.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="548"/>
        <source>The service catalog of %1 was loaded, with warnings:
%2</source>
        <translation>Der Dienstkatalog von %1 wurde geladen, mit Warnungen:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="563"/>
        <source>backends.yaml of %1 could not be loaded; live monitoring stays as it was until the file is fixed:
%2</source>
        <translation>backends.yaml von %1 konnte nicht geladen werden; die Live-Überwachung bleibt, wie sie war, bis die Datei korrigiert ist:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="569"/>
        <source>backends.yaml of %1 was loaded, with warnings:
%2</source>
        <translation>backends.yaml von %1 wurde geladen, mit Warnungen:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="596"/>
        <source>A silence is recorded on the incident&apos;s timeline: open or declare an incident (not read-only) first.</source>
        <translation>Eine Stummschaltung wird in der Timeline des Incidents festgehalten: öffnen Sie zuerst einen Incident (nicht schreibgeschützt) oder rufen Sie einen aus.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="604"/>
        <source>Expiring a silence is recorded on the incident&apos;s timeline: open or declare an incident (not read-only) first.</source>
        <translation>Das Beenden einer Stummschaltung wird in der Timeline des Incidents festgehalten: öffnen Sie zuerst einen Incident (nicht schreibgeschützt) oder rufen Sie einen aus.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="631"/>
        <source>Open or declare an incident first: marking a service failed is recorded on the incident&apos;s timeline.</source>
        <translation>Zuerst einen Incident öffnen oder ausrufen: das Markieren eines Dienstes als ausgefallen wird in der Zeitleiste des Incidents festgehalten.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="633"/>
        <source>This incident is open read-only; services cannot be marked failed or cleared.</source>
        <translation>Dieser Incident ist schreibgeschützt geöffnet; Dienste können nicht als ausgefallen markiert oder freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="653"/>
        <source>Mark Service Failed</source>
        <translation>Dienst als ausgefallen markieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="654"/>
        <source>Mark %1 failed by hand? This is recorded on the incident&apos;s timeline.
Reason (optional), e.g. &quot;tabletop inject&quot; or &quot;monitoring blind, confirmed by phone&quot;:</source>
        <translation>%1 von Hand als ausgefallen markieren? Das wird in der Zeitleiste des Incidents festgehalten.
Grund (optional), z. B. „Planspiel-Einspielung“ oder „Monitoring blind, telefonisch bestätigt“:</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="658"/>
        <source>Mark Failed</source>
        <translation>Als ausgefallen markieren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="672"/>
        <source>%1 is not in the service catalog; it cannot be marked.</source>
        <translation>%1 steht nicht im Dienstkatalog; es kann nicht markiert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="746"/>
        <source>Open Incident Read-Only</source>
        <translation>Incident schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="746"/>
        <source>Open Incident</source>
        <translation>Incident öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="752"/>
        <source>Incident files (*.incident)</source>
        <translation>Incident-Dateien (*.incident)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="752"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="774"/>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="804"/>
        <source>Could not create the folder %1 for the incident file.</source>
        <translation>Der Ordner %1 für die Incident-Datei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="814"/>
        <source>Could not declare the incident in %1.</source>
        <translation>Der Incident konnte nicht in %1 ausgerufen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="819"/>
        <source>Incident declared. Its timeline is saved in %1.</source>
        <translation>Incident ausgerufen. Seine Timeline wird in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="890"/>
        <source>This incident is open read-only; notes cannot be added.</source>
        <translation>Dieser Incident ist schreibgeschützt geöffnet; es können keine Notizen hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="908"/>
        <source>Set the status to %1</source>
        <translation>Status auf „%1“ setzen</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="914"/>
        <source>The current status</source>
        <translation>Der aktuelle Status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="934"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="939"/>
        <source>Incident Console</source>
        <translation>Incident Console</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="956"/>
        <source>Removed from the recent list because the file no longer exists: %1</source>
        <translation>Aus der Liste der zuletzt geöffneten Incidents entfernt, da nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="963"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="972"/>
        <source>No recent incidents</source>
        <translation>Keine zuletzt geöffneten Incidents</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1041"/>
        <source>About Incident Console</source>
        <translation>Über Incident Console</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="1042"/>
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
    <name>ic::PatroniClient</name>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="166"/>
        <location filename="../backends/PatroniClient.cpp" line="327"/>
        <source>no Patroni member is configured for %1</source>
        <translation>für %1 ist kein Patroni-Mitglied konfiguriert</translation>
    </message>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="167"/>
        <source>no Patroni member of %1 answered /cluster: %2</source>
        <translation>kein Patroni-Mitglied von %1 hat auf /cluster geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="224"/>
        <source>Patroni lists no REST API URL for %1</source>
        <translation>Patroni nennt keine REST-API-URL für %1</translation>
    </message>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="227"/>
        <source>the REST API URL of %1 is not an http(s) URL: %2</source>
        <translation>die REST-API-URL von %1 ist keine http(s)-URL: %2</translation>
    </message>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="323"/>
        <source>a switchover of %1 is already in progress</source>
        <translation>eine Umschaltung von %1 läuft bereits</translation>
    </message>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="325"/>
        <source>a switchover needs the name of the current leader</source>
        <translation>eine Umschaltung braucht den Namen des aktuellen Leaders</translation>
    </message>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="344"/>
        <source>no Patroni member of %1 took the switchover: %2</source>
        <translation>kein Patroni-Mitglied von %1 hat die Umschaltung angenommen: %2</translation>
    </message>
    <message>
        <location filename="../backends/PatroniClient.cpp" line="373"/>
        <source>%1 refused the switchover (HTTP %2): %3</source>
        <translation>%1 hat die Umschaltung abgelehnt (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>ic::PromPanelModel</name>
    <message>
        <location filename="../models/PromPanelModel.cpp" line="52"/>
        <source>The query returns text, not numbers</source>
        <translation>Die Abfrage liefert Text, keine Zahlen</translation>
    </message>
    <message>
        <location filename="../models/PromPanelModel.cpp" line="126"/>
        <source>The query failed</source>
        <translation>Die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/PromPanelModel.cpp" line="152"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>ic::PrometheusPanels</name>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="126"/>
        <source>backends.yaml in the workspace folder</source>
        <translation>backends.yaml im Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="127"/>
        <source>No Prometheus panels in backends.yaml.

Add “panels:” (title, query, unit, threshold) under “prometheus:” in %1 to chart them here.</source>
        <translation>Keine Prometheus-Panels in backends.yaml.

Fügen Sie in %1 unter „prometheus:“ eine Liste „panels:“ (title, query, unit, threshold) hinzu, um sie hier als Diagramme anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="179"/>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="181"/>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="184"/>
        <source>last %1 ▲ above threshold</source>
        <translation>zuletzt %1 ▲ über Schwellenwert</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="185"/>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="189"/>
        <source>%1 more series not shown</source>
        <translation>%1 weitere Zeitreihen nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="197"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="209"/>
        <source>Query failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="210"/>
        <source>No data in this time range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/PrometheusPanels.cpp" line="211"/>
        <source>Not queried yet</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>ic::ReplicationDashboard</name>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="46"/>
        <source>♛ %1</source>
        <translation>♛ %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="125"/>
        <source>Split brain warning</source>
        <translation>Split-Brain-Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="136"/>
        <source>Replication topology</source>
        <translation>Replikationstopologie</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="158"/>
        <source>No replica lag in this time range</source>
        <translation>Keine Replikationsverzögerung in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="292"/>
        <source>backends.yaml in the workspace folder</source>
        <translation>backends.yaml im Arbeitsbereichsordner</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="293"/>
        <source>No Patroni clusters in backends.yaml.

Add a “patroni:” list with the service, the members&apos; REST API URLs and max_lag to %1 to see the topology and the replica lag here.</source>
        <translation>Keine Patroni-Cluster in backends.yaml.

Fügen Sie in %1 eine Liste „patroni:“ mit dem Dienst, den REST-API-URLs der Mitglieder und max_lag hinzu, um hier die Topologie und die Replikationsverzögerung zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="309"/>
        <source>Split brain in %1: %2 and %3 both claim to be primary</source>
        <translation>Split-Brain in %1: %2 und %3 halten sich beide für den Primary</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="310"/>
        <source>Split brain in %1: %2 all claim to be primary</source>
        <translation>Split-Brain in %1: %2 halten sich alle für den Primary</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="314"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="314"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="316"/>
        <source>Its members are shown as last read; they may have changed.</source>
        <translation>Die Mitglieder werden wie zuletzt gelesen angezeigt; sie können sich geändert haben.</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="330"/>
        <source>Replica lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="336"/>
        <source>Replica lag — %1</source>
        <translation>Replikationsverzögerung — %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="337"/>
        <source>RPO max lag</source>
        <translation>Max. Verzögerung (RPO)</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="348"/>
        <source>%1 (leader)</source>
        <translation>%1 (Leader)</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="359"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="359"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="364"/>
        <source>No replica lag read yet</source>
        <translation>Noch keine Replikationsverzögerung gelesen</translation>
    </message>
    <message>
        <location filename="../widgets/ReplicationDashboard.cpp" line="365"/>
        <source>%1 has not been read yet</source>
        <translation>%1 wurde noch nicht gelesen</translation>
    </message>
</context>
<context>
    <name>ic::ReplicationModel</name>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="212"/>
        <source>%1 each claim to be the primary</source>
        <translation>%1 halten sich jeweils für den Primary</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="266"/>
        <source>no longer listed by Patroni&apos;s /cluster</source>
        <translation>wird von Patroni unter /cluster nicht mehr aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="269"/>
        <source>the leader&apos;s Patroni REST API does not answer (%1): it may be lost</source>
        <translation>die Patroni-REST-API des Leaders antwortet nicht (%1): er ist womöglich verloren</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="270"/>
        <location filename="../models/ReplicationModel.cpp" line="280"/>
        <source>its Patroni REST API does not answer (%1)</source>
        <translation>seine Patroni-REST-API antwortet nicht (%1)</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="278"/>
        <source>not listed by Patroni&apos;s /cluster</source>
        <translation>wird von Patroni unter /cluster nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="297"/>
        <source>it is now the leader</source>
        <translation>ist jetzt der Leader</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="330"/>
        <source>Within</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="331"/>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="334"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="340"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="342"/>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="344"/>
        <source>Synchronous standby</source>
        <translation>Synchroner Standby</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="346"/>
        <source>Standby leader</source>
        <translation>Standby-Leader</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="407"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="409"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="409"/>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="411"/>
        <source>Split brain</source>
        <translation>Split-Brain</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="413"/>
        <source>No leader</source>
        <translation>Kein Leader</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="414"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="414"/>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="421"/>
        <source>Leader: %1</source>
        <translation>Leader: %1</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="432"/>
        <source>Limit: %1</source>
        <translation>Grenze: %1</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="464"/>
        <source>not in the cluster</source>
        <translation>nicht im Cluster</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="469"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="477"/>
        <source>Its REST API does not answer</source>
        <translation>Seine REST-API antwortet nicht</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="477"/>
        <source>Its REST API does not answer: %1</source>
        <translation>Seine REST-API antwortet nicht: %1</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="479"/>
        <source>%1 bytes (limit %2)</source>
        <translation>%1 Bytes (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="510"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="511"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="512"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="513"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="514"/>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../models/ReplicationModel.cpp" line="515"/>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
</context>
<context>
    <name>ic::ServiceDetailsPanel</name>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="109"/>
        <source>No service selected</source>
        <translation>Kein Dienst ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="110"/>
        <source>Select a service in the graph to see its owner, contacts, recovery targets and dependencies.</source>
        <translation>Einen Dienst im Graphen auswählen, um Verantwortliche, Kontakte, Wiederherstellungsziele und Abhängigkeiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="115"/>
        <source>%1 is not in the service catalog.</source>
        <translation>%1 steht nicht im Dienstkatalog.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="118"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="164"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="165"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="169"/>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="169"/>
        <source>✕ failed by hand (recorded on the timeline)</source>
        <translation>✕ von Hand als ausgefallen (in der Zeitleiste festgehalten)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="172"/>
        <source>If it fails</source>
        <translation>Bei Ausfall</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="173"/>
        <source>nothing else depends on it</source>
        <translation>nichts anderes hängt davon ab</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="174"/>
        <source>1 service affected</source>
        <translation>1 Dienst betroffen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="174"/>
        <source>%n services affected</source>
        <translation>
            <numerusform>%n Dienst betroffen</numerusform>
            <numerusform>%n Dienste betroffen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="176"/>
        <source>%1 hard, %2 soft</source>
        <comment>impact counts</comment>
        <translation>%1 hart, %2 weich</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="183"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="187"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="190"/>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="192"/>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="193"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="194"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="195"/>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="196"/>
        <source>Startup time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="200"/>
        <source>%1, SLA %2</source>
        <comment>vendor, SLA</comment>
        <translation>%1, SLA %2</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="201"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="206"/>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="207"/>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="210"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="215"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="221"/>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="222"/>
        <source>soft: runs degraded without it</source>
        <translation>weich: läuft ohne eingeschränkt</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="224"/>
        <source>Depends on (%1)</source>
        <translation>Hängt ab von (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="226"/>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="236"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="234"/>
        <source>Needed by (%1)</source>
        <translation>Gebraucht von (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="241"/>
        <source>soft: it runs degraded without this</source>
        <translation>weich: läuft ohne diesen eingeschränkt</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="251"/>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceDetailsPanel.cpp" line="258"/>
        <source>Defined in %1:%2</source>
        <translation>Definiert in %1:%2</translation>
    </message>
</context>
<context>
    <name>ic::ServiceGraphLegend</name>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="40"/>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="46"/>
        <source>Blast radius:</source>
        <translation>Auswirkungsradius:</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="47"/>
        <source>marked failed</source>
        <translation>als ausgefallen markiert</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="49"/>
        <source>hard impact</source>
        <translation>harte Auswirkung</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="51"/>
        <source>soft impact</source>
        <translation>weiche Auswirkung</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="53"/>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="54"/>
        <source>0 critical</source>
        <translation>0 kritisch</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="55"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="56"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="57"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="58"/>
        <source>Arrow:</source>
        <translation>Pfeil:</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="59"/>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphLegend.cpp" line="60"/>
        <source>soft dependency</source>
        <translation>weiche Abhängigkeit</translation>
    </message>
</context>
<context>
    <name>ic::ServiceGraphModel</name>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="178"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="180"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="182"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="184"/>
        <source>Down</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="193"/>
        <source>Not affected</source>
        <translation>Nicht betroffen</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="195"/>
        <source>Soft impact (runs degraded)</source>
        <translation>Weiche Auswirkung (läuft eingeschränkt)</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="197"/>
        <source>Hard impact</source>
        <translation>Harte Auswirkung</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="199"/>
        <source>Failed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="206"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="206"/>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="288"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="290"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="292"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="294"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="296"/>
        <source>Region / site</source>
        <translation>Region / Standort</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="298"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/ServiceGraphModel.cpp" line="300"/>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
</context>
<context>
    <name>ic::ServiceGraphPanel</name>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="112"/>
        <source>Collapse systems</source>
        <translation>Systeme zusammenfassen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="115"/>
        <source>Show each System as one node standing for its services</source>
        <translation>Jedes System als einen Knoten für seine Dienste zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="118"/>
        <source>−</source>
        <comment>zoom out button</comment>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="120"/>
        <source>Zoom out (−, or Ctrl+wheel)</source>
        <translation>Verkleinern (−, oder Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="123"/>
        <source>+</source>
        <comment>zoom in button</comment>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="125"/>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>Vergrößern (+, oder Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="128"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="130"/>
        <source>Show the whole graph (F)</source>
        <translation>Den ganzen Graphen zeigen (F)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="133"/>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="348"/>
        <source>Mark failed…</source>
        <translation>Als ausgefallen markieren…</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="142"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="145"/>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="149"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="153"/>
        <source>Show what the shapes, colours and lines mean</source>
        <translation>Zeigen, was Formen, Farben und Linien bedeuten</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="164"/>
        <source>Graph Tools</source>
        <translation>Graphwerkzeuge</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="179"/>
        <source>Show only services of these tiers</source>
        <translation>Nur Dienste dieser Stufen zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="180"/>
        <source>Show only the services of one team</source>
        <translation>Nur die Dienste eines Teams zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="181"/>
        <source>Show only the services of one region or site</source>
        <translation>Nur die Dienste einer Region oder eines Standorts zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="185"/>
        <source>Find service…</source>
        <translation>Dienst suchen…</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="186"/>
        <source>Find a service by name or id; Enter goes to the next match</source>
        <translation>Einen Dienst nach Name oder ID suchen; Eingabe springt zum nächsten Treffer</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="187"/>
        <source>Find service</source>
        <translation>Dienst suchen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="214"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="215"/>
        <source>Save the whole graph as a picture</source>
        <translation>Den ganzen Graphen als Bild speichern</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="290"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="291"/>
        <source>Tier 0 only</source>
        <translation>Nur Stufe 0</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="292"/>
        <source>Tiers 0–1</source>
        <translation>Stufen 0–1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="293"/>
        <source>Tiers 0–2</source>
        <translation>Stufen 0–2</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="294"/>
        <source>Tier 1 only</source>
        <translation>Nur Stufe 1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="295"/>
        <source>Tier 2 only</source>
        <translation>Nur Stufe 2</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="296"/>
        <source>Tier 3 only</source>
        <translation>Nur Stufe 3</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="298"/>
        <source>Without tier</source>
        <translation>Ohne Stufe</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="302"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="310"/>
        <source>All regions and sites</source>
        <translation>Alle Regionen und Standorte</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="312"/>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="316"/>
        <source>    Site %1</source>
        <comment>indented below its region</comment>
        <translation>    Standort %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="321"/>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="348"/>
        <source>Clear failed mark</source>
        <translation>Ausfallmarkierung aufheben</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="350"/>
        <source>Select a service to mark it failed</source>
        <translation>Einen Dienst auswählen, um ihn als ausgefallen zu markieren</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="352"/>
        <source>Take back the failure mark of %1 (recorded on the incident&apos;s timeline)</source>
        <translation>Die Ausfallmarkierung von %1 zurücknehmen (in der Zeitleiste des Incidents festgehalten)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="355"/>
        <source>Mark %1 failed by hand, e.g. in a tabletop exercise or when monitoring is blind (recorded on the incident&apos;s timeline)</source>
        <translation>%1 von Hand als ausgefallen markieren, z. B. in einem Planspiel oder wenn das Monitoring blind ist (in der Zeitleiste des Incidents festgehalten)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="369"/>
        <source>1 service</source>
        <translation>1 Dienst</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ServiceGraphPanel.cpp" line="369"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ServiceGraphPanel.cpp" line="371"/>
        <source>%1 of %n services shown</source>
        <translation>
            <numerusform>%1 von %n Dienst gezeigt</numerusform>
            <numerusform>%1 von %n Diensten gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="382"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="387"/>
        <source>%1 of %2</source>
        <comment>search match number of count</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="400"/>
        <source>Cannot export to %1: choose a file name ending in .png or .svg.</source>
        <translation>Export nach %1 nicht möglich: einen Dateinamen mit .png oder .svg wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="402"/>
        <source>The graph was not exported. %1</source>
        <translation>Der Graph wurde nicht exportiert. %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="408"/>
        <source>Graph exported to %1.</source>
        <translation>Graph nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="421"/>
        <source>Export Graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="421"/>
        <source>Export Graph as PNG</source>
        <translation>Graph als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="427"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphPanel.cpp" line="427"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>ic::ServiceGraphView</name>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="70"/>
        <location filename="../widgets/ServiceGraphView.cpp" line="916"/>
        <location filename="../widgets/ServiceGraphView.cpp" line="942"/>
        <source>Service dependency graph</source>
        <translation>Abhängigkeitsgraph der Dienste</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="833"/>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="836"/>
        <source>Laying out 1 service…</source>
        <translation>1 Dienst wird angeordnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ServiceGraphView.cpp" line="837"/>
        <source>Laying out %n services…</source>
        <translation>
            <numerusform>%n Dienst wird angeordnet…</numerusform>
            <numerusform>%n Dienste werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="839"/>
        <source>No service catalog loaded.</source>
        <translation>Kein Dienstkatalog geladen.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="841"/>
        <source>No services match the filter.</source>
        <translation>Keine Dienste passen zum Filter.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="843"/>
        <source>The graph cannot be laid out: no layout engine is connected.</source>
        <translation>Der Graph kann nicht angeordnet werden: keine Layout-Engine ist verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="875"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="886"/>
        <location filename="../widgets/ServiceGraphView.cpp" line="930"/>
        <source>There is no graph to export yet.</source>
        <translation>Es gibt noch keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="895"/>
        <source>The graph is too large to export as PNG; export it as SVG instead.</source>
        <translation>Der Graph ist zu groß für einen PNG-Export; stattdessen als SVG exportieren.</translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="919"/>
        <source>Could not encode the PNG image: %1</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ServiceGraphView.cpp" line="943"/>
        <source>%n services and their dependencies, exported from Incident Console</source>
        <translation>
            <numerusform>%n Dienst und seine Abhängigkeiten, exportiert aus Incident Console</numerusform>
            <numerusform>%n Dienste und ihre Abhängigkeiten, exportiert aus Incident Console</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ServiceGraphView.cpp" line="948"/>
        <source>Could not start the SVG export.</source>
        <translation>Der SVG-Export konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ic::SilenceDialog</name>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="122"/>
        <source>Silence alert</source>
        <translation>Alarm stummschalten</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="124"/>
        <source>Silence “%1” in Alertmanager</source>
        <translation>„%1“ in Alertmanager stummschalten</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="139"/>
        <source>Alerts with these labels are silenced. They come from the alert and cannot be changed here.</source>
        <translation>Alarme mit diesen Labels werden stummgeschaltet. Die Labels stammen aus dem Alarm und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="140"/>
        <source>Matchers: %1</source>
        <translation>Matcher: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="143"/>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="144"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="145"/>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="146"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="151"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="152"/>
        <source>Custom duration in minutes</source>
        <translation>Benutzerdefinierte Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="163"/>
        <source>Why it is silenced and who follows it up (required)</source>
        <translation>Warum stummgeschaltet wird und wer sich weiter darum kümmert (Pflichtangabe)</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="165"/>
        <source>Comment (required)</source>
        <translation>Kommentar (Pflichtangabe)</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="170"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="176"/>
        <source>&amp;Silence</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="183"/>
        <source>Matchers:</source>
        <translation>Matcher:</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="184"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="187"/>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="188"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="191"/>
        <source>Created &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="262"/>
        <source>in %1, at %2</source>
        <translation>in %1, am %2</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="269"/>
        <source>a comment</source>
        <translation>ein Kommentar</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="271"/>
        <source>who creates it</source>
        <translation>wer sie erstellt</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="273"/>
        <source>a label to match (the alert has neither alertname nor service)</source>
        <translation>ein Label zum Abgleichen (der Alarm hat weder alertname noch service)</translation>
    </message>
    <message>
        <location filename="../widgets/AlertsPanel.cpp" line="278"/>
        <source>Still needed: %1.</source>
        <translation>Noch fehlt: %1.</translation>
    </message>
</context>
<context>
    <name>ic::TimeRangeBar</name>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="28"/>
        <source>Time range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="51"/>
        <location filename="../widgets/TimeRangeBar.cpp" line="112"/>
        <source>No incident is open: there is no start to show from.</source>
        <translation>Kein Incident geöffnet: es gibt keinen Beginn, ab dem angezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="72"/>
        <source>Last 5 min</source>
        <translation>Letzte 5 min</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="73"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="74"/>
        <source>Since incident start</source>
        <translation>Seit Incident-Beginn</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="110"/>
        <source>From the incident&apos;s declaration, %1</source>
        <translation>Ab dem Ausrufen des Incidents, %1</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="122"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="122"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="124"/>
        <source>Resume live updates</source>
        <translation>Live-Aktualisierung fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="124"/>
        <source>Pause live updates</source>
        <translation>Live-Aktualisierung pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="125"/>
        <source>Follow live data again (Ctrl+Shift+P)</source>
        <translation>Wieder den Live-Daten folgen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="126"/>
        <source>Hold the charts still; new data is kept and shown on resume (Ctrl+Shift+P)</source>
        <translation>Diagramme anhalten; neue Daten werden aufbewahrt und beim Fortsetzen angezeigt (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../widgets/TimeRangeBar.cpp" line="129"/>
        <source>Paused at %1 — new data is held back</source>
        <translation>Pausiert um %1 — neue Daten werden zurückgehalten</translation>
    </message>
</context>
<context>
    <name>ic::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="203"/>
        <location filename="../widgets/TimeSeriesChart.cpp" line="213"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="213"/>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="386"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="499"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="501"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="513"/>
        <source>Threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="514"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="538"/>
        <source>%1 above threshold</source>
        <translation>%1 über Schwellenwert</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="638"/>
        <source>No data in this time range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="644"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="686"/>
        <location filename="../widgets/TimeSeriesChart.cpp" line="712"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="688"/>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="689"/>
        <source>Local: %1</source>
        <translation>Lokal: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="690"/>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="708"/>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="714"/>
        <source>%1 (above threshold)</source>
        <translation>%1 (über Schwellenwert)</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="717"/>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="717"/>
        <source>Latest values: %1.</source>
        <translation>Neueste Werte: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/TimeSeriesChart.cpp" line="719"/>
        <source>Threshold %1.</source>
        <translation>Schwellenwert %1.</translation>
    </message>
</context>
<context>
    <name>ic::TimeText</name>
    <message>
        <location filename="../models/TimeText.cpp" line="20"/>
        <source>%1 d %2</source>
        <comment>days, then h:mm:ss</comment>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <location filename="../models/TimeText.cpp" line="29"/>
        <location filename="../models/TimeText.cpp" line="38"/>
        <source>%1 s</source>
        <comment>duration: seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/TimeText.cpp" line="32"/>
        <source>%1 d</source>
        <comment>duration: days</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../models/TimeText.cpp" line="34"/>
        <source>%1 h</source>
        <comment>duration: hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../models/TimeText.cpp" line="36"/>
        <source>%1 m</source>
        <comment>duration: minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/TimeText.cpp" line="40"/>
        <source>%1 ms</source>
        <comment>duration: milliseconds</comment>
        <translation>%1 ms</translation>
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
        <location filename="../widgets/TimelinePanel.cpp" line="404"/>
        <source>Add a note to the timeline… (%1 adds it)</source>
        <translation>Notiz zur Timeline hinzufügen … (%1 fügt sie hinzu)</translation>
    </message>
    <message>
        <location filename="../widgets/TimelinePanel.cpp" line="405"/>
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
        <location filename="../app/console/main.cpp" line="170"/>
        <source>Silence %1 created in Alertmanager.</source>
        <translation>Stummschaltung %1 in Alertmanager erstellt.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="173"/>
        <source>Alertmanager did not create the silence: %1</source>
        <translation>Alertmanager hat die Stummschaltung nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="184"/>
        <source>Silence %1 expired.</source>
        <translation>Stummschaltung %1 beendet.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="187"/>
        <source>Alertmanager did not expire the silence: %1</source>
        <translation>Alertmanager hat die Stummschaltung nicht beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="226"/>
        <source>Incident Console</source>
        <translation>Incident Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="230"/>
        <source>Run, rehearse and audit failover incidents.</source>
        <translation>Failover-Incidents leiten, üben und prüfen.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="233"/>
        <source>Incident file to open.</source>
        <translation>Die zu öffnende Incident-Datei.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="236"/>
        <source>Open FILE read-only (nothing can be added).</source>
        <translation>Öffnet FILE schreibgeschützt (es kann nichts hinzugefügt werden).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="239"/>
        <source>Workspace folder (default: the bundled demo workspace).</source>
        <translation>Ordner des Arbeitsbereichs (Standard: der mitgelieferte Demo-Arbeitsbereich).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="242"/>
        <source>Language of the user interface, e.g. de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="246"/>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation>Rendert das Fenster offscreen nach OUT.png und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="249"/>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1600x1000).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="252"/>
        <source>Start with the Live Status dock in front of the service graph.</source>
        <translation>Startet mit dem Dock „Live-Status“ vor dem Dienstgraphen.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="255"/>
        <source>With --live: the tab shown first (health, replication, alerts, metrics or dns).</source>
        <translation>Mit --live: der zuerst gezeigte Reiter (health, replication, alerts, metrics oder dns).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="262"/>
        <source>only one incident file can be opened at a time</source>
        <translation>es kann nur eine Incident-Datei auf einmal geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="269"/>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x1000, got &quot;%1&quot;</source>
        <translation>--size erwartet WIDTHxHEIGHT, z. B. 1600x1000, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="274"/>
        <source>--read-only has no effect without FILE</source>
        <translation>--read-only wirkt nur zusammen mit FILE</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="280"/>
        <source>workspace %1: no such folder</source>
        <translation>Arbeitsbereich %1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="317"/>
        <source>--live-tab: no tab &apos;%1&apos; (health, replication, alerts, metrics, dns)</source>
        <translation>--live-tab: kein Reiter &apos;%1&apos; (health, replication, alerts, metrics, dns)</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="328"/>
        <source>the service graph was not ready after 60 s; taking the screenshot anyway</source>
        <translation>der Dienstgraph war nach 60 s nicht fertig; der Screenshot wird trotzdem aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="338"/>
        <source>could not write the screenshot %1: %2</source>
        <translation>Screenshot %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
