<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CertificateSettingsDialog</name>
    <message numerus="yes">
        <source>Attended every day of the event (%n day(s))</source>
        <translation>
            <numerusform>Attended every day of the event (%n day)</numerusform>
            <numerusform>Attended every day of the event (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message numerus="yes">
        <source>attended {attended} of the %n day(s) required</source>
        <translation>
            <numerusform>attended {attended} of the %n day required</numerusform>
            <numerusform>attended {attended} of the %n days required</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to print</source>
        <translation>
            <numerusform>%n to print</numerusform>
            <numerusform>%n to print</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued</source>
        <translation>
            <numerusform>%n issued</numerusform>
            <numerusform>%n issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n not eligible</numerusform>
            <numerusform>%n not eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) never printed again.</source>
        <translation>
            <numerusform>%n revoked certificate never printed again.</numerusform>
            <numerusform>%n revoked certificates never printed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reissued</source>
        <translation>
            <numerusform>%n reissued</numerusform>
            <numerusform>%n reissued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reprinted</source>
        <translation>
            <numerusform>%n reprinted</numerusform>
            <numerusform>%n reprinted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be printed into one PDF:</source>
        <translation>
            <numerusform>%n certificate will be printed into one PDF:</numerusform>
            <numerusform>%n certificates will be printed into one PDF:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n new</source>
        <translation>
            <numerusform>• %n new</numerusform>
            <numerusform>• %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n reissued with the name or role corrected (the paper printed before will verify as replaced)</source>
        <translation>
            <numerusform>• %n reissued with the name or role corrected (the paper printed before will verify as replaced)</numerusform>
            <numerusform>• %n reissued with the name or role corrected (the paper printed before will verify as replaced)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n identical reprint(s)</source>
        <translation>
            <numerusform>• %n identical reprint</numerusform>
            <numerusform>• %n identical reprints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out.</source>
        <translation>
            <numerusform>%n revoked certificate left out.</numerusform>
            <numerusform>%n revoked certificates left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of those selected not eligible, left out.</source>
        <translation>
            <numerusform>%n of those selected not eligible, left out.</numerusform>
            <numerusform>%n of those selected not eligible, left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in one PDF:</source>
        <translation>
            <numerusform>%n certificate in one PDF:</numerusform>
            <numerusform>%n certificates in one PDF:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked left out.</source>
        <translation>
            <numerusform>%n revoked left out.</numerusform>
            <numerusform>%n revoked left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in {folder}:</source>
        <translation>
            <numerusform>%n file in {folder}:</numerusform>
            <numerusform>%n files in {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s).</source>
        <translation>
            <numerusform>%n credential.</numerusform>
            <numerusform>%n credentials.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message numerus="yes">
        <source>Day {day} ({date}): %n present</source>
        <translation>
            <numerusform>Day {day} ({date}): %n present</numerusform>
            <numerusform>Day {day} ({date}): %n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on {pages} A4 page(s), to cut along the marks.</source>
        <translation>
            <numerusform>%n badge on A4 pages: {pages}, to cut along the marks.</numerusform>
            <numerusform>%n badges on A4 pages: {pages}, to cut along the marks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet of day {day} ({date}): %n person(s), {pages} A4 page(s).</source>
        <translation>
            <numerusform>Sign-in sheet of day {day} ({date}): %n person; A4 pages: {pages}.</numerusform>
            <numerusform>Sign-in sheet of day {day} ({date}): %n people; A4 pages: {pages}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesksView</name>
    <message numerus="yes">
        <source>Sync: %n new conflict(s); see the Desks tab.</source>
        <translation>
            <numerusform>Sync: %n new conflict; see the Desks tab.</numerusform>
            <numerusform>Sync: %n new conflicts; see the Desks tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
