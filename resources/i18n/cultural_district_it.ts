<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
  <context>
    <name>CulturalDistrict</name>
    <message>
      <location filename="cultural_district_plugin/core/ateco_perimeter.py" />
      <source>the perimeter table lacks the column(s) {columns}</source>
      <translation>nella tabella del perimetro mancano le colonne {columns}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/ateco_perimeter.py" />
      <source>perimeter table: code {code} has an unknown domain {domain!r} (known: {known})</source>
      <translation>tabella del perimetro: il codice {code} ha un dominio sconosciuto {domain!r} (noti: {known})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/autocorrelation.py" />
      <source>{count} unit(s) have no value (NULL or not a number): give every unit a value, or leave those units out</source>
      <translation>{count} unità senza valore (NULL o non numerico): dai un valore a ogni unità, oppure escludi quelle unità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/autocorrelation.py" />
      <source>at least 3 units are needed (got {n})</source>
      <translation>servono almeno 3 unità (ricevute {n})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/autocorrelation.py" />
      <source>every unit has the same value ({value:g}): there is no variation to test for hot spots or autocorrelation</source>
      <translation>tutte le unità hanno lo stesso valore ({value:g}): non c'è variabilità su cui cercare hot spot o autocorrelazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/check_framework.py" />
      <source>unknown check {check!r} (known: {known})</source>
      <translation>controllo sconosciuto {check!r} (noti: {known})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/check_framework.py" />
      <source>parameter {name} must be at least {minimum} (got {value})</source>
      <translation>il parametro {name} deve essere almeno {minimum} (indicato {value})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/column_roles.py" />
      <source>no column {column!r} in the file (columns: {columns})</source>
      <translation>nessuna colonna {column!r} nel file (colonne: {columns})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>no stakeholder with id {id!r}</source>
      <translation>nessun soggetto con id {id!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>{count} stakeholders are named {name!r}: give the stakeholder id</source>
      <translation>{count} soggetti si chiamano {name!r}: indicare l'id del soggetto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>no stakeholder named {name!r}</source>
      <translation>nessun soggetto di nome {name!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>no amount</source>
      <translation>nessun importo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>declared total {text!r} cannot be read (ignored)</source>
      <translation>totale dichiarato {text!r} illeggibile (ignorato)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>no district named {name!r}</source>
      <translation>nessun distretto di nome {name!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>amount {text!r} cannot be read</source>
      <translation>importo {text!r} illeggibile</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>amount {text!r} is negative</source>
      <translation>importo {text!r} negativo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>declared total {total:.2f} differs from {first:.2f} given earlier (the first is kept)</source>
      <translation>totale dichiarato {total:.2f} diverso da {first:.2f} indicato prima (si tiene il primo)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/commitment_import.py" />
      <source>year {text!r} is not a year (left empty)</source>
      <translation>anno {text!r} non valido (lasciato vuoto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>District {name} has no {field}</source>
      <translation>Il distretto {name} non ha {field}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{count} heritage asset has no {field}: {examples}</source>
      <translation>{count} bene culturale senza {field}: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{count} heritage assets have no {field}: {examples}</source>
      <translation>{count} beni culturali senza {field}: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{count} stakeholder has no {field}: {examples}</source>
      <translation>{count} soggetto senza {field}: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{count} stakeholders have no {field}: {examples}</source>
      <translation>{count} soggetti senza {field}: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{area:.0f} m² of the member municipalities lie outside the boundary of district {name}</source>
      <translation>{area:.0f} m² dei comuni membri sono fuori dal confine del distretto {name}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{area:.0f} m² of district {name} lie outside its member municipalities</source>
      <translation>{area:.0f} m² del distretto {name} sono fuori dai suoi comuni membri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>District {name} cuts {count} municipalities (share inside): {examples}</source>
      <translation>Il distretto {name} taglia {count} comuni (quota interna): {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{count} heritage asset lies outside district {name} within {distance:.0f} m: {examples}</source>
      <translation>{count} bene culturale fuori dal distretto {name} entro {distance:.0f} m: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{count} heritage assets lie outside district {name} within {distance:.0f} m: {examples}</source>
      <translation>{count} beni culturali fuori dal distretto {name} entro {distance:.0f} m: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>District {name} lists members the store has no boundary for: {codes}</source>
      <translation>Il distretto {name} elenca membri di cui l'archivio non ha il confine: {codes}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>Only {share:.0%} of district {name} lies within {distance:.0f} m of its {count} heritage asset</source>
      <translation>Solo il {share:.0%} del distretto {name} è entro {distance:.0f} m dal suo {count} bene culturale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>Only {share:.0%} of district {name} lies within {distance:.0f} m of its {count} heritage assets</source>
      <translation>Solo il {share:.0%} del distretto {name} è entro {distance:.0f} m dai suoi {count} beni culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/coverage_check_rules.py" />
      <source>{share:.0%} of the {residents:.0f} residents of district {name} live within {distance:.0f} m of one of its heritage assets (municipal populations spread evenly over their area)</source>
      <translation>Il {share:.0%} dei {residents:.0f} residenti del distretto {name} vive entro {distance:.0f} m da uno dei suoi beni culturali (popolazione comunale distribuita uniformemente sulla superficie)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>the file is neither UTF-8 nor Windows-1252 text</source>
      <translation>il file non è testo UTF-8 né Windows-1252</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>the file is empty</source>
      <translation>il file è vuoto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>no delimiter splits the lines into columns</source>
      <translation>nessun separatore divide le righe in colonne</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>the file holds no rows</source>
      <translation>il file non contiene righe</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>no header line found</source>
      <translation>nessuna riga d'intestazione trovata</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>the file holds a header and no rows</source>
      <translation>il file contiene l'intestazione e nessuna riga</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>line {line}: columns {first} and {second} are both named {name!r}: rename one and import again</source>
      <translation>riga {line}: le colonne {first} e {second} hanno lo stesso nome {name!r}: rinominarne una e importare di nuovo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>this line is not UTF-8 like the rest: read as Windows-1252</source>
      <translation>questa riga non è UTF-8 come le altre: letta come Windows-1252</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>NUL bytes removed</source>
      <translation>byte NUL rimossi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>{count} cells beyond the header's {columns} columns ignored: {cells}</source>
      <translation>{count} celle oltre le {columns} colonne dell'intestazione ignorate: {cells}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>a quote left open joined lines {first}-{last} into this row: check the file there</source>
      <translation>una virgoletta non chiusa ha unito le righe {first}-{last} in questa riga: controllare il file in quel punto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/delimited_text.py" />
      <source>line {line} is not {encoding} text (choose the file's encoding)</source>
      <translation>la riga {line} non è testo {encoding} (scegliere la codifica del file)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>The districts have no coordinate reference system: areas and distances cannot be measured</source>
      <translation>I distretti non hanno un sistema di riferimento: superfici e distanze non si possono misurare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} has an invalid geometry: {reason}</source>
      <translation>Il distretto {name} ha una geometria non valida: {reason}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} has no geometry</source>
      <translation>Il distretto {name} non ha geometria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} is in {parts} parts; a serial district such as the Val di Noto may be discontinuous, check that this is intended</source>
      <translation>Il distretto {name} è formato da {parts} parti; un distretto seriale come il Val di Noto può essere discontinuo, verificare che sia voluto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} has {holes} hole (an area inside it that it excludes)</source>
      <translation>Il distretto {name} ha {holes} buco (un'area interna che esclude)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} has {holes} holes (areas inside it that it excludes)</source>
      <translation>Il distretto {name} ha {holes} buchi (aree interne che esclude)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>Districts {name} and {other} overlap by {area_km2:.3f} km² ({share:.1%} of the smaller one)</source>
      <translation>I distretti {name} e {other} si sovrappongono per {area_km2:.3f} km² ({share:.1%} del minore)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} covers {area_km2:,.1f} km², more than the region(s) it lies in ({reference_km2:,.1f} km²)</source>
      <translation>Il distretto {name} copre {area_km2:,.1f} km², più delle regioni in cui si trova ({reference_km2:,.1f} km²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>The districts are in a geographic CRS ({crs}); they were projected to {measure_crs} to be measured</source>
      <translation>I distretti sono in un sistema di riferimento geografico ({crs}); sono stati proiettati in {measure_crs} per misurarli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} holds {density:.3g} heritage assets per km², {ratio:.2f} times the density of the store's territory: it does not concentrate heritage</source>
      <translation>Il distretto {name} ha {density:.3g} beni culturali per km², {ratio:.2f} volte la densità del territorio dell'archivio: non concentra il patrimonio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>The heritage assets of district {name} are not clustered: Clark–Evans R {r:.2f} (z {z:.2f}, p {p:.2g}, {n} assets)</source>
      <translation>I beni culturali del distretto {name} non sono raggruppati: R di Clark–Evans {r:.2f} (z {z:.2f}, p {p:.2g}, {n} beni)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>Only {hot} of the {members} municipalities of district {name} are heritage hot spots ({share:.0%})</source>
      <translation>Solo {hot} dei {members} comuni del distretto {name} sono hot spot del patrimonio ({share:.0%})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} has fewer than 2 heritage assets: their clustering cannot be measured</source>
      <translation>Il distretto {name} ha meno di 2 beni culturali: il loro raggruppamento non si può misurare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_check_rules.py" />
      <source>District {name} is degenerate: its area is {area:.3f} m²</source>
      <translation>Il distretto {name} è degenere: la sua superficie è {area:.3f} m²</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>CRS suitable for measures</source>
      <translation>Sistema di riferimento adatto alle misure</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Geometry validity</source>
      <translation>Validità della geometria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Empty or degenerate geometry</source>
      <translation>Geometria vuota o degenere</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Districts without geometry or with (almost) no area.</source>
      <translation>Distretti senza geometria o con superficie (quasi) nulla.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Number of parts</source>
      <translation>Numero di parti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Districts in several parts: legitimate for serial districts, so a warning.</source>
      <translation>Distretti in più parti: legittimi per i distretti seriali, quindi un avviso.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Holes</source>
      <translation>Buchi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Areas enclosed by a district but excluded from it.</source>
      <translation>Aree racchiuse da un distretto ma escluse da esso.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Overlaps between districts</source>
      <translation>Sovrapposizioni tra distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Pairs of districts sharing area, with the area and its share of the smaller district.</source>
      <translation>Coppie di distretti con area in comune, con la superficie e la sua quota sul distretto minore.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Area sanity</source>
      <translation>Plausibilità della superficie</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>A district larger than the region(s) it lies in is an error.</source>
      <translation>Un distretto più grande delle regioni in cui si trova è un errore.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Heritage density against the reference</source>
      <translation>Densità del patrimonio rispetto al riferimento</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>A district should hold more heritage assets per km² than the territory around it (the store's municipalities): the ratio of the two densities, a location quotient of assets over area.</source>
      <translation>Un distretto dovrebbe contenere più beni culturali per km² del territorio che lo circonda (i comuni dell'archivio): il rapporto tra le due densità, un quoziente di localizzazione dei beni rispetto alla superficie.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Clustering of the district's assets</source>
      <translation>Raggruppamento dei beni del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Clark–Evans R of the assets inside the district (naive, two-sided test): below 1 the assets cluster; otherwise a warning.</source>
      <translation>R di Clark–Evans dei beni dentro il distretto (senza correzione, test bilaterale): sotto 1 i beni sono raggruppati; altrimenti un avviso.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Member municipalities that are heritage hot spots</source>
      <translation>Comuni membri che sono hot spot del patrimonio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Share of the municipalities inside the district that are Getis–Ord Gi* hot spots of heritage assets at 95 % confidence (queen contiguity over the store's municipalities).</source>
      <translation>Quota dei comuni dentro il distretto che sono hot spot Getis–Ord Gi* dei beni culturali con confidenza del 95 % (contiguità queen sui comuni dell'archivio).</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Heritage assets just outside</source>
      <translation>Beni culturali appena fuori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Heritage assets outside the district but within the near distance of its boundary: a boundary drawn too tight. The finding selects them on the assets layer.</source>
      <translation>Beni culturali fuori dal distretto ma entro la distanza di prossimità dal confine: un confine tracciato troppo stretto. La segnalazione li seleziona nel layer dei beni.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Area within reach of an asset</source>
      <translation>Superficie raggiunta da un bene</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Share of the district's area within the catchment distance of an asset inside it (exact union of buffers); below the threshold the district covers empty land. The finding shows the part beyond the catchment.</source>
      <translation>Quota della superficie del distretto entro la distanza di bacino da un bene al suo interno (unione esatta dei buffer); sotto la soglia il distretto copre territorio vuoto. La segnalazione mostra la parte oltre il bacino.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Residents within reach of an asset</source>
      <translation>Residenti raggiunti da un bene</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Share of the district's residents living within the catchment distance of an asset inside it. Residents are the store's municipal populations spread evenly over each municipality (areal weighting), which understates them near town centres: information, not a warning; the coverage algorithm takes census sections or a grid for a finer answer.</source>
      <translation>Quota dei residenti del distretto che vivono entro la distanza di bacino da un bene al suo interno. I residenti sono le popolazioni comunali dell'archivio distribuite uniformemente su ciascun comune (ponderazione areale), il che le sottostima vicino ai centri abitati: un'informazione, non un avviso; l'algoritmo di copertura accetta sezioni di censimento o una griglia per una risposta più fine.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Members and boundary agree</source>
      <translation>Membri e confine coincidono</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>A district built from municipalities must equal the union of its members: gaps and slivers above the tolerance are warnings, with their geometry. A drawn or imported district lists the municipalities it cuts and the share of each inside it.</source>
      <translation>Un distretto costruito dai comuni deve coincidere con l'unione dei suoi membri: vuoti e sottili eccedenze oltre la tolleranza sono avvisi, con la loro geometria. Un distretto disegnato o importato elenca i comuni che taglia e la quota di ciascuno al suo interno.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Required fields filled</source>
      <translation>Campi obbligatori compilati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Members without a stakeholder taking part</source>
      <translation>Membri senza un soggetto partecipante</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Assets without owner or manager</source>
      <translation>Beni senza proprietario o gestore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>District without a promoter</source>
      <translation>Distretto senza promotore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Commitments against declared totals</source>
      <translation>Impegni rispetto ai totali dichiarati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>The commitments to a district's funding instrument (an APQ, a CIS) must add up to the total declared for it.</source>
      <translation>Gli impegni su uno strumento di finanziamento del distretto (un APQ, un CIS) devono sommare al totale dichiarato.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Areas and distances need a projected CRS; a missing CRS is an error, a geographic one a warning (the data are projected to measure them).</source>
      <translation>Superfici e distanze richiedono un sistema di riferimento proiettato; la sua assenza è un errore, uno geografico un avviso (i dati vengono proiettati per misurarli).</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Self-intersections, bow-ties and other invalid geometries, with the reason.</source>
      <translation>Autointersezioni, poligoni a farfalla e altre geometrie non valide, con il motivo.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Districts without type or legal act, assets without category, owner type or protection, stakeholders without type, role or municipality: findings that select the records.</source>
      <translation>Distretti senza tipo o atto, beni senza categoria, tipo di proprietà o tutela, soggetti senza tipo, ruolo o comune: segnalazioni che selezionano i record.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Member municipalities of a district where no stakeholder committed to the district is based (the municipality itself included); the finding selects them.</source>
      <translation>Comuni membri di un distretto in cui non ha sede alcun soggetto impegnato nel distretto (il comune stesso incluso); la segnalazione li seleziona.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Heritage assets inside a district with no stakeholder recorded as their owner or manager; the finding selects them.</source>
      <translation>Beni culturali dentro un distretto senza un soggetto registrato come proprietario o gestore; la segnalazione li seleziona.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>No stakeholder committed to the district has the role of promoter.</source>
      <translation>Nessun soggetto impegnato nel distretto ha il ruolo di promotore.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Smallest acceptable district area (m²)</source>
      <translation>Superficie minima accettabile di un distretto (m²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Parts allowed before a warning</source>
      <translation>Parti ammesse prima di un avviso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Holes allowed before a warning</source>
      <translation>Buchi ammessi prima di un avviso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Smallest overlap reported (m²)</source>
      <translation>Sovrapposizione minima segnalata (m²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Tolerance over the regions' area (share)</source>
      <translation>Tolleranza sulla superficie delle regioni (quota)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Smallest density of assets relative to the store's territory</source>
      <translation>Densità minima dei beni rispetto al territorio dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Largest Clark–Evans R accepted as clustered</source>
      <translation>R di Clark–Evans massimo accettato come raggruppato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Smallest share of members that are Gi* hot spots (95 %)</source>
      <translation>Quota minima di membri che sono hot spot Gi* (95 %)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Near misses within (m)</source>
      <translation>Quasi inclusi entro (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Catchment distance of an asset (m)</source>
      <translation>Distanza di bacino di un bene (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Smallest share of the area within the catchment</source>
      <translation>Quota minima della superficie entro il bacino</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Smallest share of residents within the catchment</source>
      <translation>Quota minima dei residenti entro il bacino</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Largest gap or sliver accepted (m²)</source>
      <translation>Vuoto o eccedenza massimi accettati (m²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Share of a municipality ignored as boundary noise when it is cut</source>
      <translation>Quota di un comune tagliato ignorata come rumore di confine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_checks.py" />
      <source>Largest difference accepted (€)</source>
      <translation>Differenza massima accettata (€)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Members only in the first</source>
      <translation>Membri solo nel primo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Members only in the second</source>
      <translation>Membri solo nel secondo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Member municipalities</source>
      <translation>Comuni membri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Residents</source>
      <translation>Residenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Area (km²)</source>
      <translation>Superficie (km²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Parts</source>
      <translation>Parti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Heritage assets inside</source>
      <translation>Beni culturali inclusi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Protected assets</source>
      <translation>Beni tutelati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>UNESCO components</source>
      <translation>Componenti UNESCO</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Visitors</source>
      <translation>Visitatori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Assets per km²</source>
      <translation>Beni per km²</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Assets per 10,000 residents</source>
      <translation>Beni ogni 10.000 residenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Heritage density / the store territory's</source>
      <translation>Densità del patrimonio / quella del territorio dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Clark–Evans R of the assets</source>
      <translation>R di Clark–Evans dei beni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Check findings: errors</source>
      <translation>Esiti dei controlli: errori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Check findings: warnings</source>
      <translation>Esiti dei controlli: avvisi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Check findings: information</source>
      <translation>Esiti dei controlli: informazioni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_comparison.py" />
      <source>Assets by category</source>
      <translation>Beni per categoria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_plausibility.py" />
      <source>is only {area_m2:.0f} m²: were its coordinates in degrees declared as metres, or in another CRS?</source>
      <translation>misura solo {area_m2:.0f} m²: le coordinate erano in gradi dichiarate come metri, o in un altro sistema di riferimento?</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_plausibility.py" />
      <source>lies {distance_km:.0f} km outside the store's municipalities: check its CRS</source>
      <translation>si trova a {distance_km:.0f} km dai comuni dell'archivio: controllarne il sistema di riferimento</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/district_plausibility.py" />
      <source>is {area_km2:.0f} km², more than twice the store's whole territory ({territory_km2:.0f} km²)</source>
      <translation>misura {area_km2:.0f} km², più del doppio dell'intero territorio dell'archivio ({territory_km2:.0f} km²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/funding_check_rules.py" />
      <source>{count} of the {members} members of district {name} have no stakeholder taking part: {examples}</source>
      <translation>{count} dei {members} membri del distretto {name} non hanno un soggetto partecipante: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/funding_check_rules.py" />
      <source>{count} heritage asset in district {name} has no owner or manager recorded: {examples}</source>
      <translation>{count} bene culturale del distretto {name} senza proprietario o gestore registrato: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/funding_check_rules.py" />
      <source>{count} heritage assets in district {name} have no owner or manager recorded: {examples}</source>
      <translation>{count} beni culturali del distretto {name} senza proprietario o gestore registrato: {examples}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/funding_check_rules.py" />
      <source>District {name} has no promoter among the stakeholders committed to it</source>
      <translation>Il distretto {name} non ha un promotore tra i soggetti impegnati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/funding_check_rules.py" />
      <source>District {name}: its {count} commitments to {instrument} add up to {committed:.2f} €, the declared total is {total:.2f} € (difference {difference:+.2f} €)</source>
      <translation>Distretto {name}: i suoi {count} impegni su {instrument} sommano {committed:.2f} €, il totale dichiarato è {total:.2f} € (differenza {difference:+.2f} €)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>no coordinates and no known municipality</source>
      <translation>nessuna coordinata e nessun comune riconosciuto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>placed on the territory of municipality {code}</source>
      <translation>collocato nel territorio del comune {code}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>WKT cannot be read: {wkt!r}</source>
      <translation>WKT illeggibile: {wkt!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>{first}={a!r}, {second}={b!r}: not a coordinate</source>
      <translation>{first}={a!r}, {second}={b!r}: non è una coordinata</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>only one coordinate given ({first}={a!r}, {second}={b!r})</source>
      <translation>indicata una sola coordinata ({first}={a!r}, {second}={b!r})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>{column}={text!r} is not a number (left empty)</source>
      <translation>{column}={text!r} non è un numero (lasciato vuoto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>latitude and longitude were swapped; swapped back</source>
      <translation>latitudine e longitudine erano invertite; ripristinate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>({a:g}, {b:g}) lies outside Italy</source>
      <translation>({a:g}, {b:g}) è fuori dall'Italia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>a {shape}, not a point: placed at a point on its surface</source>
      <translation>un elemento {shape}, non un punto: collocato in un punto sulla sua superficie</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>the point lies outside every municipality of the store (left out)</source>
      <translation>il punto è fuori da tutti i comuni dell'archivio (escluso)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>the point lies outside every municipality of the store</source>
      <translation>il punto è fuori da ogni comune dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/heritage_import.py" />
      <source>duplicate of row {row} ({name!r}) within {distance:g} m</source>
      <translation>doppione della riga {row} ({name!r}) entro {distance:g} m</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/istat_codes.py" />
      <source>not an ISTAT municipality code: {value!r}</source>
      <translation>non è un codice ISTAT di comune: {value!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/istat_codes.py" />
      <source>not an ISTAT region code (1-20): {token!r}</source>
      <translation>non è un codice ISTAT di regione (1-20): {token!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/istat_fields.py" />
      <source>no field recognised for {expected}</source>
      <translation>nessun campo riconosciuto per {expected}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/location_quotients.py" />
      <source>the confidence level must lie between 0 and 1 (got {value})</source>
      <translation>il livello di confidenza deve essere compreso tra 0 e 1 (ricevuto {value})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/location_quotients.py" />
      <source>the reference holds no point: nothing to compare with</source>
      <translation>il territorio di riferimento non contiene punti: non c'è termine di confronto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/point_pattern.py" />
      <source>the window (district) has no area</source>
      <translation>la finestra (distretto) non ha superficie</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/point_pattern.py" />
      <source>{n} point(s) in the window: at least 2 are needed for nearest-neighbour statistics</source>
      <translation>{n} punti nella finestra: per le statistiche del vicino più prossimo ne servono almeno 2</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/point_pattern.py" />
      <source>no point lies more than {guard:.0f} m inside the window: make the guard zone narrower</source>
      <translation>nessun punto si trova a più di {guard:.0f} m dal bordo della finestra: riduci la fascia di guardia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/point_pattern.py" />
      <source>Ripley's K needs distances greater than 0 m</source>
      <translation>la K di Ripley richiede distanze maggiori di 0 m</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/rndt_metadata.py" />
      <source>the positional accuracy must be a positive number of metres</source>
      <translation>l'accuratezza posizionale deve essere un numero positivo di metri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/rndt_metadata.py" />
      <source>iPA code {code!r}: lowercase letters, digits and _ (e.g. r_sicili, c_h501)</source>
      <translation>codice iPA {code!r}: lettere minuscole, cifre e _ (es. r_sicili, c_h501)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/rndt_metadata.py" />
      <source>the organisation's name is missing</source>
      <translation>manca il nome dell'ente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/rndt_metadata.py" />
      <source>e-mail {email!r} is not an e-mail address</source>
      <translation>e-mail {email!r} non è un indirizzo e-mail</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/spatial_weights.py" />
      <source>unknown kind of weights {kind!r}</source>
      <translation>tipo di pesi sconosciuto {kind!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/spatial_weights.py" />
      <source>a distance band needs a distance greater than 0 m (got {distance})</source>
      <translation>una fascia di distanza richiede una distanza maggiore di 0 m (ricevuta {distance})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/spatial_weights.py" />
      <source>k nearest neighbours needs 1 ≤ k &lt; the number of units ({n}); got {k}</source>
      <translation>i k vicini più prossimi richiedono 1 ≤ k &lt; numero di unità ({n}); ricevuto {k}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>no name</source>
      <translation>nessun nome</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>type {text!r} unknown: kept as other</source>
      <translation>tipologia {text!r} sconosciuta: registrata come altro</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>the same name, type and municipality as an earlier stakeholder</source>
      <translation>stesso nome, tipologia e comune di un soggetto precedente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>lon={a!r}, lat={b!r}: not a coordinate (set aside)</source>
      <translation>lon={a!r}, lat={b!r}: non è una coordinata (ignorata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>no coordinates and no known municipality: no location</source>
      <translation>nessuna coordinata e nessun comune noto: senza posizione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>{column} {text!r} unknown: left empty</source>
      <translation>{column} {text!r} sconosciuto: lasciato vuoto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>({a:g}, {b:g}) lies outside Italy (set aside)</source>
      <translation>({a:g}, {b:g}) è fuori dall'Italia (ignorata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/stakeholder_import.py" />
      <source>asset {name!r} is not in the store</source>
      <translation>il bene {name!r} non è nell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/store_address.py" />
      <source>{where}: a PostgreSQL store needs its schema, e.g. postgresql://host/dbname?schema=val_di_noto</source>
      <translation>{where}: un archivio PostgreSQL ha bisogno del suo schema, per esempio postgresql://host/dbname?schema=val_di_noto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/store_address.py" />
      <source>{where}: schema name {schema!r}: use lower-case letters, digits and underscores (at most 63), starting with a letter</source>
      <translation>{where}: nome di schema {schema!r}: usare lettere minuscole, cifre e trattini bassi (al massimo 63), iniziando con una lettera</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/core/store_address.py" />
      <source>cannot read the PostgreSQL connection {text!r}: check its quotes</source>
      <translation>impossibile leggere la connessione PostgreSQL {text!r}: controllare gli apici</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Check findings</source>
      <translation>Esiti dei controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Heritage assets</source>
      <translation>Beni culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Stakeholders</source>
      <translation>Soggetti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Districts</source>
      <translation>Distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Municipalities</source>
      <translation>Comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>District members</source>
      <translation>Comuni dei distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Commitments</source>
      <translation>Impegni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Owners and managers of assets</source>
      <translation>Proprietari e gestori dei beni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Declared totals</source>
      <translation>Totali dichiarati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Key</source>
      <translation>Chiave</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Value</source>
      <translation>Valore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Bulk operation id</source>
      <translation>Id dell'operazione in blocco</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Operation</source>
      <translation>Operazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Description</source>
      <translation>Descrizione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Created</source>
      <translation>Creato il</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>ISTAT municipality code</source>
      <translation>Codice ISTAT del comune</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Province code</source>
      <translation>Codice della provincia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Province</source>
      <translation>Provincia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Region code</source>
      <translation>Codice della regione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Region</source>
      <translation>Regione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Population</source>
      <translation>Popolazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Population year</source>
      <translation>Anno della popolazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Boundary year</source>
      <translation>Anno dei confini</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>District type</source>
      <translation>Tipo di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Legal act</source>
      <translation>Atto istitutivo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Origin</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Updated</source>
      <translation>Aggiornato il</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>District</source>
      <translation>Distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Art. 101 class</source>
      <translation>Classe art. 101</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Protection</source>
      <translation>Tutela</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>UNESCO component</source>
      <translation>Componente UNESCO</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Owner type</source>
      <translation>Tipo di proprietario</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Visitors' year</source>
      <translation>Anno dei visitatori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Visitors' source</source>
      <translation>Fonte dei visitatori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Source dataset</source>
      <translation>Fonte dei dati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Id in the source</source>
      <translation>Id nella fonte</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Coordinates verified</source>
      <translation>Coordinate verificate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Location approximate</source>
      <translation>Posizione approssimata</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Import flags</source>
      <translation>Segnalazioni dell'importazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Other attributes</source>
      <translation>Altri attributi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Stakeholder type</source>
      <translation>Tipo di soggetto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Role</source>
      <translation>Ruolo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Contact</source>
      <translation>Referente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Address</source>
      <translation>Indirizzo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Website</source>
      <translation>Sito web</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Legal status</source>
      <translation>Natura giuridica</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Stakeholder</source>
      <translation>Soggetto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Heritage asset</source>
      <translation>Bene culturale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Relation</source>
      <translation>Relazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Amount (€)</source>
      <translation>Importo (€)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Year</source>
      <translation>Anno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Instrument</source>
      <translation>Strumento</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Total (€)</source>
      <translation>Totale (€)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Source</source>
      <translation>Fonte</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Run at</source>
      <translation>Eseguito il</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Parameters</source>
      <translation>Parametri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Check run</source>
      <translation>Esecuzione dei controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Check</source>
      <translation>Controllo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Severity</source>
      <translation>Gravità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Threshold</source>
      <translation>Soglia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Message</source>
      <translation>Messaggio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Features concerned</source>
      <translation>Elementi interessati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Table of the features</source>
      <translation>Tabella degli elementi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Detect</source>
      <translation>Riconosci</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Latitude / longitude columns</source>
      <translation>Colonne latitudine / longitudine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>X / Y columns</source>
      <translation>Colonne X / Y</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>WKT column</source>
      <translation>Colonna WKT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Layer geometry</source>
      <translation>Geometria del layer</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Municipality (name)</source>
      <translation>Comune (nome)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Municipality (ISTAT code)</source>
      <translation>Comune (codice ISTAT)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Source id</source>
      <translation>Identificativo di origine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Latitude</source>
      <translation>Latitudine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Longitude</source>
      <translation>Longitudine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>X / East</source>
      <translation>X / Est</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Y / North</source>
      <translation>Y / Nord</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>WKT geometry</source>
      <translation>Geometria WKT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Type</source>
      <translation>Tipologia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Legal status (public/private)</source>
      <translation>Natura giuridica (pubblica/privata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Contact person</source>
      <translation>Referente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Assets owned</source>
      <translation>Beni di proprietà</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Assets managed</source>
      <translation>Beni gestiti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Stakeholder (name)</source>
      <translation>Soggetto (nome)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Stakeholder (id)</source>
      <translation>Soggetto (id)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Instrument (APQ, CIS, PNRR…)</source>
      <translation>Strumento (APQ, CIS, PNRR…)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Declared total of the instrument (€)</source>
      <translation>Totale dichiarato dello strumento (€)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Import heritage inventory</source>
      <translation>Importa l'inventario del patrimonio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Inventory</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Import stakeholders</source>
      <translation>Importa soggetti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Stakeholder list</source>
      <translation>Elenco dei soggetti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Import commitments</source>
      <translation>Importa impegni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/definitions.py" />
      <source>Funding table</source>
      <translation>Tabella dei finanziamenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/analysis_outputs.py" />
      <source>Import report</source>
      <translation>Rapporto d'importazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>Error</source>
      <translation>Errore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>Warning</source>
      <translation>Avviso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>Information</source>
      <translation>Informazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>Run checks</source>
      <translation>Esegui i controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>Run the district checks on the store's districts; the findings are listed below and recorded</source>
      <translation>Esegue i controlli sui distretti dell'archivio; i risultati sono elencati qui sotto e registrati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>All severities</source>
      <translation>Tutte le gravità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>Findings</source>
      <translation>Risultati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>Double-click a finding to select what it concerns and zoom to it</source>
      <translation>Doppio clic su un risultato per selezionare ciò che riguarda e zoomare su di esso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>All districts</source>
      <translation>Tutti i distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/check_results_view.py" />
      <source>These findings are out of date: {0} changed since the checks ran. Run the checks again.</source>
      <translation>Questi esiti non sono aggiornati: {0} è cambiato dopo i controlli. Esegui di nuovo i controlli.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/checks_section.py" />
      <source>8. Checks</source>
      <translation>8. Controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/checks_section.py" />
      <source>Run every district check; the run and its findings are recorded in the store</source>
      <translation>Esegue tutti i controlli dei distretti; l'esecuzione e i suoi esiti sono registrati nell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/checks_section.py" />
      <source>Checks: {0} errors, {1} warnings, {2} information</source>
      <translation>Controlli: {0} errori, {1} avvisi, {2} informazioni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Compare two districts</source>
      <translation>Confronta due distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>First:</source>
      <translation>Primo:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Second:</source>
      <translation>Secondo:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Compare</source>
      <translation>Confronta</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Every figure of both districts, the difference in bold where they differ</source>
      <translation>Tutti i dati dei due distretti, in grassetto dove differiscono</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Copy</source>
      <translation>Copia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Comparing…</source>
      <translation>Confronto in corso…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Figure</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>First</source>
      <translation>Primo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Second</source>
      <translation>Secondo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Difference</source>
      <translation>Differenza</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>Choose two different districts</source>
      <translation>Scegliere due distretti diversi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>No figure differs</source>
      <translation>Nessun dato differisce</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/compare_dialog.py" />
      <source>{0} of {1} figures differ</source>
      <translation>{0} dati su {1} differiscono</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>National vocabulary of places of culture</source>
      <translation>Vocabolario nazionale dei luoghi della cultura</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>5. Concentration</source>
      <translation>5. Concentrazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Count</source>
      <translation>Conteggio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Count per km²</source>
      <translation>Conteggio per km²</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Count per 10,000 residents</source>
      <translation>Conteggio per 10.000 residenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>The value of each municipality: its heritage assets, or their density</source>
      <translation>Il valore di ogni comune: i suoi beni culturali, o la loro densità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Hot spots</source>
      <translation>Hot spot</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Getis–Ord Gi* and Moran's I of the heritage assets over the store's municipalities; adds a styled map layer</source>
      <translation>Gi* di Getis–Ord e I di Moran dei beni culturali sui comuni dell'archivio; aggiunge un layer con stile alla mappa</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Value:</source>
      <translation>Valore:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>The district whose assets are measured</source>
      <translation>Il distretto di cui si misurano i beni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Clustering</source>
      <translation>Raggruppamento</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Clark–Evans R and Ripley's L of the district's heritage assets</source>
      <translation>R di Clark–Evans e L di Ripley dei beni culturali del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>District:</source>
      <translation>Distretto:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Points whose categories are compared: empty for the store's heritage assets, or a layer such as a register of cultural enterprises</source>
      <translation>Punti di cui si confrontano le categorie: vuoto per i beni culturali dell'archivio, oppure un layer come un registro di imprese culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Add sample</source>
      <translation>Aggiungi esempio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Add the sample's SYNTHETIC local units (invented enterprises, for trying the analysis)</source>
      <translation>Aggiungi le unità locali SINTETICHE dell'esempio (imprese inventate, per provare l'analisi)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Points:</source>
      <translation>Punti:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Weight of each point, e.g. its employees (none: each point counts 1)</source>
      <translation>Peso di ogni punto, ad es. i suoi addetti (nessuno: ogni punto conta 1)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Weight:</source>
      <translation>Peso:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Location quotients</source>
      <translation>Quozienti di localizzazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Which categories of heritage each district over-represents compared with the store's territory, with 95 % intervals</source>
      <translation>Quali categorie del patrimonio ogni distretto sovrarappresenta rispetto al territorio dell'archivio, con intervalli al 95 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Categories:</source>
      <translation>Categorie:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Find candidate districts</source>
      <translation>Trova distretti candidati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Contiguous municipalities that are heritage hot spots at 95 % confidence, as candidate districts on the map</source>
      <translation>Comuni contigui che sono hot spot del patrimonio con confidenza del 95 %, come distretti candidati sulla mappa</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Make district</source>
      <translation>Crea il distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Build a district from the chosen candidate's municipalities</source>
      <translation>Crea un distretto dai comuni del candidato scelto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Hot spots: done</source>
      <translation>Hot spot: fatto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Clustering: done</source>
      <translation>Raggruppamento: fatto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Location quotients: done</source>
      <translation>Quozienti di localizzazione: fatto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>(none)</source>
      <translation>(nessuna)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Sample local units (SYNTHETIC)</source>
      <translation>Unità locali di esempio (SINTETICHE)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Candidate districts: done</source>
      <translation>Distretti candidati: fatto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>LQ</source>
      <translation>LQ</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>95 % interval</source>
      <translation>Intervallo al 95 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Specialised</source>
      <translation>Specializzato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Heritage hot spots</source>
      <translation>Hot spot del patrimonio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Candidate districts</source>
      <translation>Distretti candidati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Find candidate districts first</source>
      <translation>Trova prima i distretti candidati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Moran's I {0} (z {1}, p {2}); {3} hot spots and {4} cold spots at 95 %</source>
      <translation>I di Moran {0} (z {1}, p {2}); {3} hot spot e {4} cold spot al 95 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>{0}: {1} assets; Clark–Evans R {2} (z {3}, p {4}) — {5}</source>
      <translation>{0}: {1} beni; R di Clark–Evans {2} (z {3}, p {4}) — {5}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>clustered</source>
      <translation>raggruppati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>District {0} built: {1} municipalities</source>
      <translation>Distretto {0} creato: {1} comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>regular</source>
      <translation>regolari</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>not different from random</source>
      <translation>non diversi da una distribuzione casuale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>{0}: location quotients against the store's territory ({1} points)</source>
      <translation>{0}: quozienti di localizzazione rispetto al territorio dell'archivio ({1} punti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>{0} candidate district from {1} municipalities that are hot spots</source>
      <translation>{0} distretto candidato da {1} comuni che sono hot spot</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>{0} candidate districts from {1} municipalities that are hot spots</source>
      <translation>{0} distretti candidati da {1} comuni che sono hot spot</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>Without neighbours: {0}</source>
      <translation>Senza vicini: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/concentration_section.py" />
      <source>With a {0} m guard zone: R {1} ({2} assets)</source>
      <translation>Con una fascia di guardia di {0} m: R {1} ({2} beni)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>6. Coverage</source>
      <translation>6. Copertura</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Assets outside a district but this close to its boundary are near misses</source>
      <translation>I beni fuori da un distretto ma a questa distanza dal confine sono quasi inclusi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>The area and residents within this distance of an asset count as served</source>
      <translation>La superficie e i residenti entro questa distanza da un bene contano come serviti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Near misses within:</source>
      <translation>Quasi inclusi entro:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Catchment:</source>
      <translation>Bacino:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Stations, ports or visitor centres (optional)</source>
      <translation>Stazioni, porti o centri visita (facoltativo)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Reach of a hub, and of a suggested new site</source>
      <translation>Raggio di un nodo e di un nuovo sito suggerito</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Hubs:</source>
      <translation>Nodi:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Measure coverage</source>
      <translation>Misura copertura</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Assets inside and just outside each district, the share of its area and residents within the catchment of an asset, assets near a hub; adds the near misses and the land beyond the catchment to the map</source>
      <translation>Beni dentro e appena fuori ogni distretto, quota della superficie e dei residenti entro il bacino di un bene, beni vicini a un nodo; aggiunge alla mappa i quasi inclusi e il territorio oltre il bacino</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>The district new sites should serve</source>
      <translation>Il distretto che i nuovi siti devono servire</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>How many new sites to suggest</source>
      <translation>Quanti nuovi siti suggerire</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>What the new sites should reach that no hub reaches yet</source>
      <translation>Che cosa devono raggiungere i nuovi siti che nessun nodo raggiunge ancora</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Suggest sites</source>
      <translation>Suggerisci siti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Where new hubs or visitor services would reach the most uncovered assets or residents (greedy)</source>
      <translation>Dove nuovi nodi o servizi ai visitatori raggiungerebbero più beni o residenti non coperti (greedy)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>New sites:</source>
      <translation>Nuovi siti:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Coverage: done</source>
      <translation>Copertura: fatto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Suggested sites: done</source>
      <translation>Siti suggeriti: fatto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>In</source>
      <translation>Dentro</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Heritage assets inside the district (its border included)</source>
      <translation>Beni culturali dentro il distretto (confine incluso)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Near</source>
      <translation>Vicini</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Heritage assets outside it within the near-miss distance</source>
      <translation>Beni culturali fuori dal distretto entro la distanza di prossimità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Area</source>
      <translation>Superficie</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Share of its area within the catchment of an asset inside it</source>
      <translation>Quota della sua superficie entro il bacino di un bene al suo interno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Share of its residents within the catchment of an asset inside it</source>
      <translation>Quota dei suoi residenti entro il bacino di un bene al suo interno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Beyond the catchment</source>
      <translation>Oltre il bacino</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Near misses</source>
      <translation>Quasi inclusi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>Suggested sites</source>
      <translation>Siti suggeriti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>{0} near miss within {1} m; areas and residents reached within {2} m of an asset</source>
      <translation>{0} bene quasi incluso entro {1} m; superficie e residenti raggiunti entro {2} m da un bene</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>{0} near misses within {1} m; areas and residents reached within {2} m of an asset</source>
      <translation>{0} beni quasi inclusi entro {1} m; superficie e residenti raggiunti entro {2} m da un bene</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/coverage_section.py" />
      <source>{0}: {1} new site(s) reach {2} of the {3} not yet within {4} m of a hub ({5}); no choice of as many sites reaches more than {6}</source>
      <translation>{0}: {1} nuovo/i sito/i raggiunge/raggiungono {2} dei {3} non ancora entro {4} m da un nodo ({5}); nessuna scelta di altrettanti siti ne raggiunge più di {6}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Cultural District Planner</source>
      <translation>Pianificatore di distretti culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Help</source>
      <translation>Aiuto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>The user guide and the methods of the analysis</source>
      <translation>La guida per l'utente e i metodi dell'analisi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Store closed</source>
      <translation>Archivio chiuso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Close store</source>
      <translation>Chiudi archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>The district's membership has unsaved edits. Save them before closing the store?</source>
      <translation>La composizione del distretto ha modifiche non salvate. Salvarle prima di chiudere l'archivio?</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Store open: {0}</source>
      <translation>Archivio aperto: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>{0}: written to {1}</source>
      <translation>{0}: scritto in {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Details</source>
      <translation>Dettagli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Analysis is disabled: missing {0}.
Install with:
{1}</source>
      <translation>Analisi disattivate: manca {0}.
Installare con:
{1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Exported {0} district to {1}</source>
      <translation>Esportato {0} distretto in {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_dock.py" />
      <source>Exported {0} districts to {1}</source>
      <translation>Esportati {0} distretti in {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>The district to edit</source>
      <translation>Il distretto da modificare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Paint municipalities</source>
      <translation>Dipingi i comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Click or drag over municipalities to add them; Shift or right button removes. Each stroke is one step of QGIS's undo.</source>
      <translation>Fare clic o trascinare sui comuni per aggiungerli; Maiusc o il tasto destro li rimuove. Ogni tratto è un passo dell'annulla di QGIS.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add selected</source>
      <translation>Aggiungi selezionati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add the municipalities selected on the map to the district</source>
      <translation>Aggiunge al distretto i comuni selezionati sulla mappa</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add province</source>
      <translation>Aggiungi la provincia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add every municipality of the chosen province to the district</source>
      <translation>Aggiunge al distretto tutti i comuni della provincia scelta</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add the codes above</source>
      <translation>Aggiungi i codici sopra</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add the municipalities whose ISTAT codes are pasted in the box above</source>
      <translation>Aggiunge i comuni i cui codici ISTAT sono incollati nel riquadro qui sopra</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Save membership</source>
      <translation>Salva i comuni membri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Write the district's municipalities to the store; its boundary is dissolved from them again</source>
      <translation>Scrive nell'archivio i comuni del distretto; il suo confine viene ricalcolato dalla loro unione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Discard changes</source>
      <translation>Scarta le modifiche</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Forget the unsaved changes to the district's municipalities</source>
      <translation>Annulla le modifiche non salvate ai comuni del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>New district (draw)</source>
      <translation>Nuovo distretto (disegna)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Digitise a district with QGIS's tools (snapping and tracing available); the form opens when the polygon is finished</source>
      <translation>Digitalizza un distretto con gli strumenti di QGIS (aggancio e tracciamento disponibili); il modulo si apre al termine del poligono</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Choose a district and press Paint municipalities first</source>
      <translation>Scegli prima un distretto e premi Dipingi i comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Preparing the municipalities for painting…</source>
      <translation>Preparazione dei comuni per la pittura…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add selected municipalities</source>
      <translation>Aggiungi i comuni selezionati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add municipalities by ISTAT code</source>
      <translation>Aggiungi comuni per codice ISTAT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>No district to edit yet</source>
      <translation>Ancora nessun distretto da modificare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>The store's municipalities name no province</source>
      <translation>I comuni dell'archivio non indicano alcuna provincia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Preparing the paint tool failed</source>
      <translation>Preparazione dello strumento di pittura non riuscita</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>{0} municipalities · {1} residents · {2} km² · {3} assets ({4} per km²)</source>
      <translation>{0} comuni · {1} residenti · {2} km² · {3} beni ({4} per km²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>No municipality is selected in the layer {0}: select some on the map first</source>
      <translation>Nessun comune è selezionato nel layer {0}: selezionane prima qualcuno sulla mappa</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>ISTAT code(s) not among the store's municipalities: {0}</source>
      <translation>Codici ISTAT non presenti tra i comuni dell'archivio: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Add province {0}</source>
      <translation>Aggiungi la provincia {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_editing_panel.py" />
      <source>Preparing the paint tool failed: {0}</source>
      <translation>Preparazione dello strumento di pittura non riuscita: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>2. Districts</source>
      <translation>2. Distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>e.g. Tardo barocco del Val di Noto</source>
      <translation>es. Tardo barocco del Val di Noto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>Name:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>ISTAT codes (PRO_COM_T), e.g. 087011, 087015, 089013</source>
      <translation>Codici ISTAT (PRO_COM_T), es. 087011, 087015, 089013</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>ISTAT codes:</source>
      <translation>Codici ISTAT:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>Build district</source>
      <translation>Crea distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>Create the district from the listed municipalities (its geometry is their dissolved boundaries)</source>
      <translation>Crea il distretto dai comuni elencati (la sua geometria è l'unione dei loro confini)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>Import boundaries…</source>
      <translation>Importa confini…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>Import district boundaries from a file or a layer (GeoPackage, Shapefile or zipped Shapefile, GeoJSON, KML/KMZ)</source>
      <translation>Importa i confini dei distretti da un file o da un layer (GeoPackage, Shapefile anche compresso, GeoJSON, KML/KMZ)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/district_section.py" />
      <source>District {0} built: {1} municipalities, {2} km²</source>
      <translation>Distretto {0} creato: {1} comuni, {2} km²</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/dock_state.py" />
      <source>Wait for the running operation to finish</source>
      <translation>Attendi la fine dell'operazione in corso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/dock_state.py" />
      <source>Open or create a district project store first</source>
      <translation>Apri o crea prima un archivio del progetto di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/dock_state.py" />
      <source>The store has no municipalities: load them first (Load municipalities)</source>
      <translation>L'archivio non ha comuni: caricali prima (Carica i comuni)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/dock_state.py" />
      <source>The store has no district yet: build, draw or import one</source>
      <translation>L'archivio non ha ancora distretti: creane, disegnane o importane uno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/dock_state.py" />
      <source>Save or discard the membership edits first</source>
      <translation>Salva o annulla prima le modifiche alla composizione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/dock_state.py" />
      <source>Your database role may only read this store: ask its administrator for an editor's role</source>
      <translation>Il proprio ruolo nel database può solo leggere questo archivio: chiedere al suo amministratore un ruolo di editor</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/dock_state.py" />
      <source>Analysis disabled: missing {0}</source>
      <translation>Analisi disattivate: manca {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Export for official documents</source>
      <translation>Esporta per i documenti ufficiali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>All districts (the dossier as an atlas)</source>
      <translation>Tutti i distretti (il dossier come atlante)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Folder:</source>
      <translation>Cartella:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Dossier (PDF)</source>
      <translation>Dossier (PDF)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Page size:</source>
      <translation>Formato pagina:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Language:</source>
      <translation>Lingua:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Layers</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Formats:</source>
      <translation>Formati:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>RDN2008 / UTM zone of the districts</source>
      <translation>RDN2008 / fuso UTM dei distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>CRS:</source>
      <translation>SR:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>CSV:</source>
      <translation>CSV:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>RNDT metadata</source>
      <translation>Metadati RNDT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Overwrite files that exist</source>
      <translation>Sovrascrivi i file esistenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Export</source>
      <translation>Esporta</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Choose an existing folder</source>
      <translation>Scegliere una cartella esistente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Choose at least one product</source>
      <translation>Scegliere almeno un prodotto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Choose at least one format for the layers</source>
      <translation>Scegliere almeno un formato per i layer</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>The metadata need the iPA code, the organisation and the e-mail</source>
      <translation>I metadati richiedono il codice iPA, l'ente e l'e-mail</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>The user interface's</source>
      <translation>Quella dell'interfaccia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Italian (; and decimal comma)</source>
      <translation>Italiano (; e virgola decimale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>International (, and decimal point)</source>
      <translation>Internazionale (, e punto decimale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>iPA code:</source>
      <translation>Codice iPA:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Organisation:</source>
      <translation>Ente:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>E-mail:</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Licence:</source>
      <translation>Licenza:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Positional accuracy:</source>
      <translation>Accuratezza posizionale:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/export_dialog.py" />
      <source>Download address:</source>
      <translation>Indirizzo di scaricamento:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>7. Stakeholders and funding</source>
      <translation>7. Soggetti e finanziamenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Import stakeholders…</source>
      <translation>Importa soggetti…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Import a list of public bodies, foundations, firms and associations, with a report of every row</source>
      <translation>Importa un elenco di enti pubblici, fondazioni, imprese e associazioni, con un resoconto di ogni riga</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Import commitments…</source>
      <translation>Importa impegni…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Import who commits how much to which district, through which instrument (APQ, CIS, PNRR…)</source>
      <translation>Importa chi si impegna, per quanto, su quale distretto e con quale strumento (APQ, CIS, PNRR…)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Import the sample partners of the store's region: the Savoy residences and their 2007 APQ addendum (Piedmont), the Val di Noto bodies (Sicily)</source>
      <translation>Importa i soggetti di esempio della regione dell'archivio: le Residenze Sabaude e l'atto integrativo 2007 del loro APQ (Piemonte), gli enti del Val di Noto (Sicilia)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Network</source>
      <translation>Rete</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Lines from each stakeholder to the districts it commits to, by role</source>
      <translation>Linee da ogni soggetto ai distretti in cui si impegna, per ruolo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Committed</source>
      <translation>Impegnato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Public</source>
      <translation>Pubblico</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Per resident</source>
      <translation>Per residente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>The plugin has no sample partners for this store's region</source>
      <translation>Il plugin non ha soggetti di esempio per la regione dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>No commitments recorded yet</source>
      <translation>Nessun impegno ancora registrato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Stakeholder network</source>
      <translation>Rete dei soggetti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Imported {0} rows ({1} flagged), rejected {2}: see the import report</source>
      <translation>Importate {0} righe ({1} segnalate), scartate {2}: vedere il rapporto d'importazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Stakeholder network: {0} links</source>
      <translation>Rete dei soggetti: {0} collegamenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>Public {0}, private {1}, unclassified {2}; {3} per heritage asset</source>
      <translation>Pubblico {0}, privato {1}, non classificato {2}; {3} per bene culturale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/funding_section.py" />
      <source>{0} committed</source>
      <translation>{0} impegnati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/help_dialog.py" />
      <source>Cultural District Planner — help</source>
      <translation>Cultural District Planner — aiuto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/help_dialog.py" />
      <source>User guide</source>
      <translation>Guida per l'utente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/help_dialog.py" />
      <source>Methods</source>
      <translation>Metodi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/help_dialog.py" />
      <source>{0} is missing</source>
      <translation>{0} manca</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>3. Heritage inventory</source>
      <translation>3. Inventario del patrimonio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Add the bundled Val di Noto and Turin-area heritage sample</source>
      <translation>Aggiunge l'esempio di beni del Val di Noto e dell'area torinese fornito con il plugin</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Assets:</source>
      <translation>Beni:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Attach to store</source>
      <translation>Collega all'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Add the chosen point layer's assets to the store; each gets its municipality and districts</source>
      <translation>Aggiunge all'archivio i beni del layer di punti scelto; a ciascuno sono attribuiti il comune e i distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Import inventory…</source>
      <translation>Importa inventario…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Import a spreadsheet or layer of heritage assets, with a report of every row</source>
      <translation>Importa un foglio di calcolo o un layer di beni culturali, con un rapporto su ogni riga</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Sample heritage assets</source>
      <translation>Beni culturali di esempio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Assets outside the store's area</source>
      <translation>Beni fuori dall'area dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Choose a heritage layer first</source>
      <translation>Scegliere prima un layer di beni culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>Choose a heritage point layer first (or Add sample)</source>
      <translation>Scegli prima un layer di punti dei beni (o Aggiungi esempio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>{0}; {1} of them lie outside the store's municipalities ({2})</source>
      <translation>{0}; {1} di essi sono fuori dai comuni dell'archivio ({2})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>{0} of the assets just added lie outside every municipality of the store (e.g. {1}).

Keep only the assets inside the store's area?</source>
      <translation>{0} dei beni appena aggiunti sono fuori da tutti i comuni dell'archivio (ad es. {1}).

Tenere solo i beni dentro l'area dell'archivio?</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>{0} assets outside the store's area left out; importing again</source>
      <translation>{0} beni fuori dall'area dell'archivio esclusi; nuova importazione in corso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/heritage_section.py" />
      <source>{0} assets attached</source>
      <translation>{0} beni collegati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>Tables and layers (*.csv *.txt *.tsv *.xlsx *.ods *.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz);;All files (*)</source>
      <translation>Tabelle e layer (*.csv *.txt *.tsv *.xlsx *.ods *.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz);;Tutti i file (*)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>Project layer</source>
      <translation>Layer del progetto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>Columns (recognised automatically; change them if needed)</source>
      <translation>Colonne (riconosciute automaticamente; modificarle se necessario)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>Import</source>
      <translation>Importa</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>Coordinates</source>
      <translation>Coordinate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>CRS of X / Y or WKT</source>
      <translation>Sistema di riferimento di X / Y o WKT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source>{0} columns; {1} recognised{2}</source>
      <translation>{0} colonne; {1} riconosciute{2}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/import_dialog.py" />
      <source> (mapping remembered from the last import)</source>
      <translation> (corrispondenze ricordate dall'ultima importazione)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/link_guard.py" />
      <source>Linked records</source>
      <translation>Record collegati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/link_guard.py" />
      <source>The {0} you deleted have linked records:
{1}

Delete them too when you save (findings are kept without their district)? No keeps the {0}.</source>
      <translation>I {0} eliminati hanno record collegati:
{1}

Eliminarli anch'essi al salvataggio (le segnalazioni restano, senza il distretto)? No mantiene i {0}.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>No store open: create or open one (1. Project store)</source>
      <translation>Nessun archivio aperto: creane o aprine uno (1. Archivio del progetto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>no check findings</source>
      <translation>nessun risultato dei controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>Overview</source>
      <translation>Panoramica</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} municipality</source>
      <translation>{0} comune</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} municipalities</source>
      <translation>{0} comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} district</source>
      <translation>{0} distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} districts</source>
      <translation>{0} distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} asset</source>
      <translation>{0} bene</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} assets</source>
      <translation>{0} beni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} error</source>
      <translation>{0} errore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} errors</source>
      <translation>{0} errori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} warning</source>
      <translation>{0} avviso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} warnings</source>
      <translation>{0} avvisi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} note</source>
      <translation>{0} informazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>{0} notes</source>
      <translation>{0} informazioni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/overview_strip.py" />
      <source>checks: {0}</source>
      <translation>controlli: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/paint_tool.py" />
      <source>Remove municipalities</source>
      <translation>Rimuovi comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/paint_tool.py" />
      <source>Add municipalities</source>
      <translation>Aggiungi comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>1. Project store</source>
      <translation>1. Archivio del progetto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>No store open</source>
      <translation>Nessun archivio aperto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Store:</source>
      <translation>Archivio:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>ISTAT municipal boundaries: they set the store's CRS and are the units districts are built from</source>
      <translation>Confini comunali ISTAT: determinano il SR dell'archivio e sono le unità da cui si compongono i distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Add the bundled ISTAT 2023 municipalities of Sicily and Piedmont</source>
      <translation>Aggiunge i comuni ISTAT 2023 di Sicilia e Piemonte forniti con il plugin</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Municipalities:</source>
      <translation>Comuni:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>ISTAT region codes, e.g. 19 (blank: all)</source>
      <translation>Codici ISTAT delle regioni, es. 19 (vuoto: tutte)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Regions:</source>
      <translation>Regioni:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>New store…</source>
      <translation>Nuovo archivio…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Create a district project GeoPackage with the chosen municipalities</source>
      <translation>Crea un GeoPackage del progetto di distretto con i comuni scelti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Open store…</source>
      <translation>Apri archivio…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Open an existing district project store (GeoPackage)</source>
      <translation>Apre un archivio di progetto del distretto esistente (GeoPackage)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Store on PostgreSQL…</source>
      <translation>Archivio su PostgreSQL…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Open, or create with the chosen municipalities, a store shared on the office's PostgreSQL/PostGIS server</source>
      <translation>Apre, o crea con i comuni scelti, un archivio condiviso sul server PostgreSQL/PostGIS dell'ufficio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Load municipalities</source>
      <translation>Carica i comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Load the chosen municipalities into the open store</source>
      <translation>Carica i comuni scelti nell'archivio aperto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Undo last operation</source>
      <translation>Annulla l'ultima operazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Remove the rows written by the latest import, build or check run</source>
      <translation>Rimuove le righe scritte dall'ultima importazione, costruzione o esecuzione dei controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Close the district project store</source>
      <translation>Chiude l'archivio di progetto del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Sample municipalities (ISTAT 2023)</source>
      <translation>Comuni di esempio (ISTAT 2023)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>New district project store</source>
      <translation>Nuovo archivio del progetto di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Open district project store</source>
      <translation>Apri archivio del progetto di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>District project store on PostgreSQL</source>
      <translation>Archivio del progetto di distretto su PostgreSQL</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>The store's schema, e.g. service=regione schema=val_di_noto, or postgresql://user@host:5432/dbname?schema=val_di_noto. Keep passwords in pg_service.conf, .pgpass or a QGIS authentication configuration (authcfg=…): an address's password is never saved.</source>
      <translation>Lo schema dell'archivio, per esempio service=regione schema=val_di_noto, oppure postgresql://utente@host:5432/dbname?schema=val_di_noto. Tenere le password in pg_service.conf, .pgpass o in una configurazione di autenticazione di QGIS (authcfg=…): la password di un indirizzo non viene mai salvata.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Undo last bulk operation</source>
      <translation>Annulla l'ultima operazione massiva</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Choose the municipalities first (Add sample, or an ISTAT boundary layer): they set the store's CRS and are the units districts are built from</source>
      <translation>Scegli prima i comuni (Aggiungi esempio, o un layer di confini ISTAT): determinano il SR dell'archivio e sono le unità da cui si compongono i distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Store created: {0}</source>
      <translation>Archivio creato: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Choose the municipalities to load first (Add sample, or an ISTAT boundary layer)</source>
      <translation>Scegli prima i comuni da caricare (Aggiungi esempio, o un layer di confini ISTAT)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Nothing to undo</source>
      <translation>Niente da annullare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>There is no schema {0} yet. Create a new store there with the chosen municipalities?</source>
      <translation>Lo schema {0} non esiste ancora. Creare lì un nuovo archivio con i comuni scelti?</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Remove everything written by the latest operation ({0})?</source>
      <translation>Rimuovere tutto ciò che è stato scritto dall'ultima operazione ({0})?</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>{0}: no store there yet; choose the municipalities (Add sample, or an ISTAT boundary layer) to create one</source>
      <translation>{0}: non c'è ancora un archivio; scegliere i comuni (Aggiungi esempio, o un layer dei confini ISTAT) per crearne uno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>{0}: not a PostgreSQL address</source>
      <translation>{0}: non è un indirizzo PostgreSQL</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>{0} municipalities loaded</source>
      <translation>{0} comuni caricati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/store_section.py" />
      <source>Undone: {0}</source>
      <translation>Annullato: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Members</source>
      <translation>Comuni membri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Area km²</source>
      <translation>Superficie km²</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Assets</source>
      <translation>Beni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Heritage density ratio</source>
      <translation>Rapporto di densità del patrimonio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Clark–Evans R</source>
      <translation>R di Clark–Evans</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>4. District figures</source>
      <translation>4. Dati dei distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Export districts…</source>
      <translation>Esporta distretti…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Write the districts and their figures to a GeoPackage</source>
      <translation>Scrive i distretti e i loro dati in un GeoPackage</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Export for documents…</source>
      <translation>Esporta per i documenti…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>The dossier (PDF), the layers in the formats offices ask for, the RNDT metadata</source>
      <translation>Il dossier (PDF), i layer nei formati richiesti dagli uffici, i metadati RNDT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Compare two…</source>
      <translation>Confronta due…</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Two districts (two drafts of one project) side by side, figure by figure</source>
      <translation>Due distretti (due bozze di un progetto) a confronto, dato per dato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Two districts are needed to compare</source>
      <translation>Per confrontare servono due distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Export districts</source>
      <translation>Esporta distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Area: {0} km² ({1})</source>
      <translation>Superficie: {0} km² ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Categories: {0}</source>
      <translation>Categorie: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Protected assets: {0}; UNESCO components: {1}</source>
      <translation>Beni tutelati: {0}; componenti UNESCO: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source> (mixed years)</source>
      <translation> (anni diversi)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/gui/summary_section.py" />
      <source>Visitors: {0} ({1})</source>
      <translation>Visitatori: {0} ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/plugin.py" />
      <source>&amp;Cultural District Planner</source>
      <translation>&amp;Pianificatore di distretti culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/plugin.py" />
      <source>Show or hide the Cultural District Planner panel</source>
      <translation>Mostra o nasconde il pannello del pianificatore di distretti culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/plugin.py" />
      <source>Analysis disabled: missing {0}. Install with: {1}</source>
      <translation>Analisi disattivate: manca {0}. Installare con: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>points</source>
      <translation>punti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>lines</source>
      <translation>linee</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>polygons</source>
      <translation>poligoni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>District projects</source>
      <translation>Progetti di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>{0} is a folder; give a file name</source>
      <translation>{0} è una cartella; indicare un nome di file</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>{0} is a file; give a folder</source>
      <translation>{0} è un file; indicare una cartella</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>folder {0} does not exist</source>
      <translation>la cartella {0} non esiste</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>folder {0} is read-only</source>
      <translation>la cartella {0} è in sola lettura</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>District project store (GeoPackage, or PostgreSQL address)</source>
      <translation>Archivio del progetto di distretto (GeoPackage, o indirizzo PostgreSQL)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Municipalities to load (ISTAT boundaries)</source>
      <translation>Comuni da caricare (confini ISTAT)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Only these ISTAT region codes (e.g. 19 for Sicily)</source>
      <translation>Solo questi codici ISTAT di regione (es. 19 per la Sicilia)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Boundary year (when the layer has no such field)</source>
      <translation>Anno dei confini (se il layer non ha il campo)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>District project store (GeoPackage or PostgreSQL address; optional when the layers are given)</source>
      <translation>Archivio del progetto di distretto (GeoPackage o indirizzo PostgreSQL; facoltativo se si indicano i layer)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Assets outside the store's municipalities</source>
      <translation>Beni fuori dai comuni dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Assets added outside the store's municipalities</source>
      <translation>Beni aggiunti fuori dai comuni dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Some of them, by name</source>
      <translation>Alcuni di essi, per nome</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Keep them, flagged</source>
      <translation>Tienili, segnalati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Leave them out (rejected)</source>
      <translation>Escludili (scartati)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Missing Python packages: {0}. Install them with: {1}</source>
      <translation>Pacchetti Python mancanti: {0}. Installarli con: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>{0} asset added outside every municipality of the store: {1}</source>
      <translation>{0} bene aggiunto fuori da tutti i comuni dell'archivio: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>{0} assets added outside every municipality of the store: {1}</source>
      <translation>{0} beni aggiunti fuori da tutti i comuni dell'archivio: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Repaired boundary of {0} {1}: {2}</source>
      <translation>Confine riparato di {0} {1}: {2}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>Unexpected error in {0}: {1}. Nothing was changed by the failed step; details (traceback) in the QGIS log, tab {2}.</source>
      <translation>Errore imprevisto in {0}: {1}. Il passo non riuscito non ha modificato nulla; i dettagli (traceback) sono nel registro di QGIS, scheda {2}.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>{0}: layer {1!r} holds {2}; {3} expected</source>
      <translation>{0}: il layer {1!r} contiene {2}; attesi {3}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source>no geometries</source>
      <translation>nessuna geometria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/algorithm_base.py" />
      <source> or </source>
      <translation> o </translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>Attach heritage assets</source>
      <translation>Collega i beni culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>Optionally adds the point features of a heritage layer to the store's inventory (one batch). Then every asset of the store gets exactly one municipality — the one containing it, the lowest ISTAT code when it lies on a shared border — and the districts containing it (border included). Outputs the assets with their municipality and districts, and per district the members, population, ellipsoidal area, parts and the inventory inside: counts by category, protected assets, UNESCO components, visitors (mixed years flagged), densities per km² and per 10,000 residents.</source>
      <translation>Facoltativamente aggiunge i punti di un layer di beni culturali all'inventario dell'archivio (in un unico lotto). Poi ogni bene dell'archivio riceve esattamente un comune — quello che lo contiene, il codice ISTAT più basso se si trova su un confine condiviso — e i distretti che lo contengono (confine compreso). Restituisce i beni con il loro comune e i loro distretti e, per ogni distretto, comuni membri, popolazione, superficie ellissoidica, parti e l'inventario incluso: conteggi per categoria, beni tutelati, componenti UNESCO, visitatori (con segnalazione degli anni diversi), densità per km² e ogni 10.000 residenti.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>Heritage assets to add (points; lines and polygons become points on them; optional)</source>
      <translation>Beni culturali da aggiungere (punti; linee e poligoni diventano punti su di essi; facoltativo)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>District summary</source>
      <translation>Riepilogo del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>Assets with municipality and districts</source>
      <translation>Beni con comune e distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>Assets added</source>
      <translation>Beni aggiunti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>Assets outside every municipality</source>
      <translation>Beni fuori da ogni comune</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>Batch id</source>
      <translation>Identificativo del lotto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>{0} feature rejected; run Import heritage inventory for the report</source>
      <translation>{0} elemento scartato; eseguire Importa l'inventario del patrimonio per il rapporto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>{0} features rejected; run Import heritage inventory for the report</source>
      <translation>{0} elementi scartati; eseguire Importa l'inventario del patrimonio per il rapporto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>{0} asset lies outside every municipality of the store</source>
      <translation>{0} bene si trova fuori da ogni comune dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/attach_heritage_algorithm.py" />
      <source>{0} assets lie outside every municipality of the store</source>
      <translation>{0} beni si trovano fuori da ogni comune dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Industrial (Santagata)</source>
      <translation>Industriale (Santagata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Institutional (Santagata)</source>
      <translation>Istituzionale (Santagata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Museum (Santagata)</source>
      <translation>Museale (Santagata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Metropolitan (Santagata)</source>
      <translation>Metropolitano (Santagata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>System-wide (Sacco)</source>
      <translation>Sistemico (Sacco)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Build district from municipalities</source>
      <translation>Crea distretto dai comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Creates a district from a list of ISTAT municipality codes (PRO_COM_T; commas, spaces or new lines; leading zeros may be omitted). The members are recorded with their boundary year and the district geometry is the dissolve of their boundaries. Unknown codes refuse the whole build. Outputs the district's members, population, ellipsoidal area, parts and assets inside.</source>
      <translation>Crea un distretto da un elenco di codici ISTAT dei comuni (PRO_COM_T; separati da virgole, spazi o a capo; gli zeri iniziali si possono omettere). I comuni membri sono registrati con l'anno dei confini e la geometria del distretto è la dissoluzione dei loro confini. Un codice sconosciuto annulla l'intera operazione. Restituisce comuni membri, popolazione, superficie ellissoidica, parti e beni inclusi del distretto.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>District name</source>
      <translation>Nome del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>ISTAT municipality codes</source>
      <translation>Codici ISTAT dei comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Boundary year (default: the store's latest)</source>
      <translation>Anno dei confini (predefinito: il più recente dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>District id</source>
      <translation>Identificativo del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>Area (km², ellipsoidal)</source>
      <translation>Superficie (km², ellissoidica)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>District {0}: {1} municipalities, {2:.2f} km², {3} part</source>
      <translation>Distretto {0}: {1} comuni, {2:.2f} km², {3} parte</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/build_district_algorithm.py" />
      <source>District {0}: {1} municipalities, {2:.2f} km², {3} parts</source>
      <translation>Distretto {0}: {1} comuni, {2:.2f} km², {3} parti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Concentration</source>
      <translation>Concentrazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Where could a cultural district be? Units (by default the store's municipalities) pass when they are Getis–Ord Gi* hot spots of heritage (the count of points, by default the store's assets, optionally per km² or per 10,000 residents; queen contiguity) at the chosen confidence, and — when a pass field is given, e.g. district_test from the DM 1993 test or specialised — when that field is true. Passing units that touch form a cluster; clusters with at least the minimum units, population and assets become candidates, dissolved into polygons with their members (ISTAT codes), population, assets, area and Gi* z. From the panel a candidate becomes a district in one click.</source>
      <translation>Dove potrebbe nascere un distretto culturale? Le unità (per impostazione predefinita i comuni dell'archivio) superano il criterio quando sono hot spot di Getis–Ord Gi* del patrimonio (il numero di punti, per impostazione predefinita i beni dell'archivio, eventualmente per km² o per 10.000 residenti; contiguità queen) al livello di confidenza scelto e — se si indica un campo di controllo, ad es. district_test del test DM 1993 o specialised — quando quel campo è vero. Le unità che superano il criterio e si toccano formano un gruppo; i gruppi con almeno il minimo di unità, popolazione e beni diventano candidati, uniti in poligoni con i comuni membri (codici ISTAT), popolazione, beni, superficie e z di Gi*. Dal pannello un candidato diventa un distretto con un clic.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Units (polygons; default: the store's municipalities)</source>
      <translation>Unità (poligoni; predefinito: i comuni dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Points (default: the store's heritage assets)</source>
      <translation>Punti (predefinito: i beni culturali dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Hot spot of heritage at least at</source>
      <translation>Hot spot del patrimonio almeno al</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Value for the hot spots</source>
      <translation>Valore per gli hot spot</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Units must also have this field true (e.g. district_test)</source>
      <translation>Le unità devono avere vero anche questo campo (ad es. district_test)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Minimum units in a candidate</source>
      <translation>Unità minime in un candidato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Minimum residents in a candidate</source>
      <translation>Residenti minimi in un candidato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Minimum points (assets) in a candidate</source>
      <translation>Punti (beni) minimi in un candidato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Candidates</source>
      <translation>Candidati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Units passing the criteria</source>
      <translation>Unità che superano i criteri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>No hot spot criterion</source>
      <translation>Nessun criterio di hot spot</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>90 % confidence</source>
      <translation>confidenza 90 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>95 % confidence</source>
      <translation>confidenza 95 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>99 % confidence</source>
      <translation>confidenza 99 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>{0} units pass the criteria; {1} candidate district(s)</source>
      <translation>{0} unità superano i criteri; {1} distretti candidati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/candidate_districts_algorithm.py" />
      <source>Candidate {0}: {1}</source>
      <translation>Candidato {0}: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/compare_districts_algorithm.py" />
      <source>Two districts of the store side by side — for instance two drafts of the same project: members, residents, ellipsoidal area, parts, holes, heritage assets inside and by category, protected assets, UNESCO components, visitors, densities, the heritage density ratio and Clark–Evans R, the members one has and the other has not, and the findings of the latest check run by severity. One row per figure with both values and the difference (second − first). Nothing is written to the store.</source>
      <translation>Due distretti dell'archivio a confronto — per esempio due bozze dello stesso progetto: membri, residenti, superficie ellissoidica, parti, buchi, beni culturali interni e per categoria, beni tutelati, componenti UNESCO, visitatori, densità, il rapporto di densità del patrimonio e l'R di Clark–Evans, i membri che uno ha e l'altro no, e gli esiti dell'ultima esecuzione dei controlli per gravità. Una riga per dato con entrambi i valori e la differenza (secondo − primo). Nell'archivio non viene scritto nulla.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/compare_districts_algorithm.py" />
      <source>First district (name)</source>
      <translation>Primo distretto (nome)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/compare_districts_algorithm.py" />
      <source>Second district (name)</source>
      <translation>Secondo distretto (nome)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/compare_districts_algorithm.py" />
      <source>Comparison</source>
      <translation>Confronto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/compare_districts_algorithm.py" />
      <source>Figures that differ</source>
      <translation>Dati che differiscono</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/compare_districts_algorithm.py" />
      <source>Give two different districts to compare</source>
      <translation>Indicare due distretti diversi da confrontare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/compare_districts_algorithm.py" />
      <source>{0} against {1}: {2} figures differ</source>
      <translation>{0} rispetto a {1}: {2} dati differiscono</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>Copy district project store (GeoPackage ⇄ PostGIS)</source>
      <translation>Copia archivio del progetto di distretto (GeoPackage ⇄ PostGIS)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>Copies a whole district project store into a new one: from a GeoPackage into a PostgreSQL/PostGIS schema, so that an office's planners share it, and back. A PostgreSQL store is written postgresql://user@host:port/dbname?schema=name, or service=name schema=name (the password then stays in the user's pg_service.conf or .pgpass); authcfg=id uses a QGIS authentication configuration. Ids, links between tables and batches are kept; the copy is checked table by table (rows and a checksum of every value and geometry) and is removed again if it differs. The target must not exist yet.</source>
      <translation>Copia un intero archivio del progetto di distretto in uno nuovo: da un GeoPackage in uno schema PostgreSQL/PostGIS, perché i pianificatori di un ufficio lo condividano, e viceversa. Un archivio PostgreSQL si scrive postgresql://utente@host:porta/dbname?schema=nome, oppure service=nome schema=nome (la password resta allora nel pg_service.conf o nel .pgpass dell'utente); authcfg=id usa una configurazione di autenticazione di QGIS. Identificativi, collegamenti tra tabelle e lotti sono conservati; la copia è verificata tabella per tabella (righe e un codice di controllo di ogni valore e geometria) ed è rimossa se differisce. La destinazione non deve esistere ancora.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>Store to copy (GeoPackage file or PostgreSQL address)</source>
      <translation>Archivio da copiare (file GeoPackage o indirizzo PostgreSQL)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>New store (GeoPackage file or PostgreSQL address)</source>
      <translation>Nuovo archivio (file GeoPackage o indirizzo PostgreSQL)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>New store</source>
      <translation>Nuovo archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>Tables copied</source>
      <translation>Tabelle copiate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>Rows copied</source>
      <translation>Righe copiate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>The new store must differ from the store copied</source>
      <translation>Il nuovo archivio deve essere diverso da quello copiato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>Copying {0} into {1}</source>
      <translation>Copia di {0} in {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/copy_store_algorithm.py" />
      <source>{0}: {1} rows, checksum {2} on both sides</source>
      <translation>{0}: {1} righe, codice di controllo {2} da entrambe le parti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Coverage of districts</source>
      <translation>Copertura dei distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Coverage</source>
      <translation>Copertura</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Does each district cover its heritage, its people and its access points? Per district (by default the store's): assets inside (border included) and their share of the inventory (by default the store's assets); near misses, outside but within the near distance of the boundary; the share of its area within the catchment distance of an asset inside it (exact union of buffers, or a grid of cells when a cell size is given); residents (areal weighting of a population layer — census sections, a grid — or by default the store's municipalities) and those within the catchment; the distance from residents to their nearest asset (mean, median, 90th percentile, weighted by residents); assets within the hub distance of a hub (stations, ports, visitor centres); the share of its area in protected areas (art. 136/142 layers, parks) and in the art. 142 bands generated from coast, lake and river lines (300, 300 and 150 m). Layers of the near misses, of the parts beyond the catchment and of each asset's distance to its nearest hub. Distances in metres in a projected CRS. Definitions: docs/methods.md.</source>
      <translation>Ogni distretto copre il suo patrimonio, la sua popolazione e i suoi punti di accesso? Per distretto (per impostazione predefinita quelli dell'archivio): beni all'interno (confine incluso) e loro quota dell'inventario (per impostazione predefinita i beni dell'archivio); quasi inclusi, fuori ma entro la distanza di prossimità dal confine; la quota della sua superficie entro la distanza di bacino da un bene al suo interno (unione esatta dei buffer, o una griglia di celle quando è indicata una dimensione di cella); residenti (ponderazione areale di un layer di popolazione — sezioni di censimento, una griglia — o per impostazione predefinita i comuni dell'archivio) e quelli entro il bacino; la distanza dei residenti dal bene più vicino (media, mediana, 90° percentile, pesati per residenti); beni entro la distanza di nodo da un nodo di accesso (stazioni, porti, centri visita); la quota della sua superficie in aree tutelate (layer art. 136/142, parchi) e nelle fasce art. 142 generate da linee di costa, laghi e fiumi (300, 300 e 150 m). Layer dei quasi inclusi, delle parti oltre il bacino e della distanza di ogni bene dal nodo più vicino. Distanze in metri in un SR proiettato. Definizioni: docs/methods.md.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Assets (default: the store's heritage assets)</source>
      <translation>Beni (predefinito: i beni culturali dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Districts (default: the store's)</source>
      <translation>Distretti (predefinito: quelli dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>District name field</source>
      <translation>Campo del nome del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Assets near a hub within (m)</source>
      <translation>Beni vicini a un nodo entro (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Catchment on a grid of cells of (m; 0: exact)</source>
      <translation>Bacino su una griglia di celle di (m; 0: esatto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Access hubs (stations, ports, visitor centres)</source>
      <translation>Nodi di accesso (stazioni, porti, centri visita)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Population (polygons: census sections or a grid; default: the store's municipalities)</source>
      <translation>Popolazione (poligoni: sezioni di censimento o una griglia; predefinito: i comuni dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Population field</source>
      <translation>Campo popolazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Protected areas (art. 136/142 areas, parks)</source>
      <translation>Aree tutelate (aree art. 136/142, parchi)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Coastline (art. 142 a: 300 m band)</source>
      <translation>Linea di costa (art. 142 a: fascia di 300 m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Lake shores (art. 142 b: 300 m band)</source>
      <translation>Sponde lacustri (art. 142 b: fascia di 300 m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Listed rivers and streams (art. 142 c: 150 m band)</source>
      <translation>Fiumi e torrenti iscritti (art. 142 c: fascia di 150 m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>Distance of each asset to its nearest hub</source>
      <translation>Distanza di ogni bene dal nodo più vicino</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>{0} district(s); {1} near miss(es) within {2:.0f} m</source>
      <translation>{0} distretto/i; {1} quasi incluso/i entro {2:.0f} m</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/coverage_algorithm.py" />
      <source>{0}: no district to measure</source>
      <translation>{0}: nessun distretto da misurare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Create district project store</source>
      <translation>Crea archivio del progetto di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Creates a district project GeoPackage holding every table of a district project (districts, members, municipalities, heritage assets, stakeholders, commitments, check runs and results), or the same tables in a new schema of a PostgreSQL/PostGIS database given as postgresql://user@host:port/dbname?schema=name (see Copy district project store). Its CRS is the one given, or else the RDN2008 / UTM zone of the municipalities loaded (RDN2008 / Italy zone when they span zones). Municipalities given are loaded as the reference layer; invalid boundaries are repaired and counted.</source>
      <translation>Crea un GeoPackage del progetto di distretto con tutte le tabelle di un progetto di distretto (distretti, membri, comuni, beni culturali, portatori di interesse, impegni, esecuzioni dei controlli e risultati), oppure le stesse tabelle in un nuovo schema di un database PostgreSQL/PostGIS indicato come postgresql://utente@host:porta/dbname?schema=nome (vedi Copia archivio del progetto di distretto). Il SR è quello indicato, altrimenti la zona RDN2008 / UTM dei comuni caricati (RDN2008 / Italy zone quando coprono più zone). I comuni indicati sono caricati come layer di riferimento; i confini non validi sono riparati e contati.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Give the store CRS or the municipalities to load</source>
      <translation>Indicare il sistema di riferimento dell'archivio o i comuni da caricare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Store file</source>
      <translation>File dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Store CRS</source>
      <translation>Sistema di riferimento dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Replace an existing file</source>
      <translation>Sostituisci un file esistente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Municipalities loaded</source>
      <translation>Comuni caricati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Boundaries repaired</source>
      <translation>Confini riparati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>The store CRS must be an EPSG CRS</source>
      <translation>Il sistema di riferimento dell'archivio deve essere un codice EPSG</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Created {0} in EPSG:{1}</source>
      <translation>Creato {0} in EPSG:{1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/create_store_algorithm.py" />
      <source>Copied into {0}</source>
      <translation>Copiato in {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>DM 1993 district test (cultural perimeter)</source>
      <translation>Test distrettuale DM 1993 (perimetro culturale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>The test the DM 21 April 1993 set for industrial districts (L. 317/1991), transposed to cultural activities: from a register of local units (ATECO code and employees, as points or with their ISTAT municipality code) the five indicators of each area — by default the store's municipalities, or a district of the store as a whole — against Italy (every local unit given) or the area's region: industrialisation, entrepreneurial density, specialisation, weight of the specialisation, share of small firms. Each has its threshold (the decree's defaults; the regional index replaces the national one in I1 when lower); an area passes when all five hold. The cultural perimeter is an editable list of ATECO codes (ESSnet-Culture or Symbola 'Io sono cultura', ATECO 2007 or 2025; codes not verified at the source are flagged). Formulas: docs/methods.md.</source>
      <translation>Il test che il DM 21 aprile 1993 fissò per i distretti industriali (L. 317/1991), trasposto alle attività culturali: da un registro di unità locali (codice ATECO e addetti, come punti o con il codice ISTAT del comune) i cinque indicatori di ogni area — per impostazione predefinita i comuni dell'archivio, oppure un distretto dell'archivio nel suo insieme — rispetto all'Italia (tutte le unità locali date) o alla regione dell'area: industrializzazione, densità imprenditoriale, specializzazione, peso della specializzazione, quota delle piccole imprese. Ciascuno ha la sua soglia (i valori del decreto; in I1 l'indice regionale sostituisce quello nazionale quando è inferiore); un'area supera il test quando valgono tutti e cinque. Il perimetro culturale è un elenco modificabile di codici ATECO (ESSnet-Culture o Symbola 'Io sono cultura', ATECO 2007 o 2025; i codici non verificati alla fonte sono segnalati). Formule: docs/methods.md.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Local units (points or a table with the ISTAT code)</source>
      <translation>Unità locali (punti o tabella con il codice ISTAT)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>ATECO code field (default: ateco)</source>
      <translation>Campo del codice ATECO (predefinito: ateco)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Employees field (default: employees)</source>
      <translation>Campo degli addetti (predefinito: employees)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Firm size field (employees of the whole firm; blank: the local unit's)</source>
      <translation>Campo della dimensione d'impresa (addetti dell'intera impresa; vuoto: quelli dell'unità locale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>ISTAT municipality code field (for units without a point)</source>
      <translation>Campo del codice ISTAT del comune (per le unità senza punto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Areas to test (default: the store's municipalities)</source>
      <translation>Aree da verificare (predefinito: i comuni dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Area code field</source>
      <translation>Campo del codice dell'area</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Area population field</source>
      <translation>Campo della popolazione dell'area</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Area region code field</source>
      <translation>Campo del codice regione dell'area</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Test a district of the store as a whole (name)</source>
      <translation>Verifica un distretto dell'archivio nel suo insieme (nome)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Benchmark</source>
      <translation>Riferimento</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Cultural perimeter</source>
      <translation>Perimetro culturale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Own perimeter table (CSV like resources/perimeters/cultural_ateco.csv)</source>
      <translation>Tabella del perimetro propria (CSV come resources/perimeters/cultural_ateco.csv)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>I1 industrialisation above</source>
      <translation>I1 industrializzazione oltre</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>I2 entrepreneurial density above</source>
      <translation>I2 densità imprenditoriale oltre</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>I3 specialisation above</source>
      <translation>I3 specializzazione oltre</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>I4 weight of the specialisation above</source>
      <translation>I4 peso della specializzazione oltre</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>I5 share of small firms above</source>
      <translation>I5 quota delle piccole imprese oltre</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Small firm: fewer employees than</source>
      <translation>Piccola impresa: addetti meno di</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>District test</source>
      <translation>Test distrettuale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Areas tested</source>
      <translation>Aree verificate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Areas passing</source>
      <translation>Aree che superano il test</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Local units in no area</source>
      <translation>Unità locali fuori da ogni area</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Italy (every local unit given)</source>
      <translation>Italia (tutte le unità locali date)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>The area's region</source>
      <translation>La regione dell'area</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>ESSnet-Culture, ATECO 2007</source>
      <translation>ESSnet-Culture, ATECO 2007</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Symbola 'Io sono cultura', ATECO 2007</source>
      <translation>Symbola 'Io sono cultura', ATECO 2007</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>ESSnet-Culture, ATECO 2025</source>
      <translation>ESSnet-Culture, ATECO 2025</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Testing a district as a whole needs the store it belongs to</source>
      <translation>Per verificare un distretto nel suo insieme serve l'archivio a cui appartiene</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>{0} area(s) tested, {1} pass all five indicators</source>
      <translation>{0} aree verificate, {1} superano tutti e cinque gli indicatori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>Perimeter {0} (ATECO {1}): {2} of its {3} codes are not verified at the source; check the list before official use</source>
      <translation>Perimetro {0} (ATECO {1}): {2} dei suoi {3} codici non sono verificati alla fonte; controlla l'elenco prima di un uso ufficiale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>{0} local unit(s) lie in no area (they still count in the national benchmark)</source>
      <translation>{0} unità locali fuori da ogni area (contano comunque nel riferimento nazionale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/district_test_algorithm.py" />
      <source>{0}: no field {1!r}</source>
      <translation>{0}: nessun campo {1!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>Export district</source>
      <translation>Esporta distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>Writes the store's districts (or the one named) to a GeoPackage layer 'districts' in the store's CRS, each with its members, population, ellipsoidal area and method, parts, holes and heritage assets inside; optionally the same summary as a JSON file. Files are written to a temporary name and moved into place.</source>
      <translation>Scrive i distretti dell'archivio (o quello indicato) in un layer GeoPackage 'districts' nel sistema di riferimento dell'archivio, ciascuno con comuni membri, popolazione, superficie ellissoidica e metodo, parti, buchi e beni culturali inclusi; facoltativamente lo stesso riepilogo in un file JSON. I file sono scritti con un nome temporaneo e poi spostati al loro posto.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>District name (blank: all districts)</source>
      <translation>Nome del distretto (vuoto: tutti i distretti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>Exported districts</source>
      <translation>Distretti esportati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>Summary (JSON)</source>
      <translation>Riepilogo (JSON)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>Districts exported</source>
      <translation>Distretti esportati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_district_algorithm.py" />
      <source>No district named {0!r} in {1}</source>
      <translation>Nessun distretto di nome {0!r} in {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Export the dossier (PDF)</source>
      <translation>Esporta il dossier (PDF)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Exports</source>
      <translation>Esportazioni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>The dossier of a district (blank: of every district, one after the other as an atlas) as one PDF, from the shipped layout template (resources/layouts/dossier_a4.qpt, dossier_a3.qpt: open and restyle them in the layout designer, keeping the item ids): title, date, map of the district with its municipalities and its heritage assets by category, legend, scale bar, north arrow, overview inset, reference system and sources with credits; then the indicator tables — key figures, members, assets by category, coverage, stakeholders and funding, check findings — with numbers written for the language (Italian: 2.132,24 km²). A last page makes it reproducible: plugin and QGIS versions, the parameters, the data sources with their batches and dates, the check run shown. Optionally the first map page as PNG.</source>
      <translation>Il dossier di un distretto (vuoto: di ogni distretto, uno dopo l'altro come un atlante) in un unico PDF, dal modello di layout fornito (resources/layouts/dossier_a4.qpt, dossier_a3.qpt: apribili e modificabili nel compositore di stampe, mantenendo gli id degli elementi): titolo, data, mappa del distretto con i comuni e i beni culturali per categoria, legenda, barra di scala, freccia del nord, riquadro d'insieme, sistema di riferimento e fonti con crediti; poi le tabelle degli indicatori — dati principali, comuni membri, beni per categoria, copertura, soggetti e finanziamenti, esiti dei controlli — con i numeri scritti secondo la lingua (italiano: 2.132,24 km²). L'ultima pagina lo rende riproducibile: versioni del plugin e di QGIS, parametri, fonti dei dati con lotti e date, esecuzione dei controlli mostrata. Facoltativamente la prima pagina di mappa in PNG.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>District (name; blank: all, as an atlas)</source>
      <translation>Distretto (nome; vuoto: tutti, come atlante)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Page size</source>
      <translation>Formato pagina</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Map of the first page (PNG)</source>
      <translation>Mappa della prima pagina (PNG)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>PNG (*.png)</source>
      <translation>PNG (*.png)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Overwrite existing files</source>
      <translation>Sovrascrivi i file esistenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>Pages</source>
      <translation>Pagine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_dossier_algorithm.py" />
      <source>{0} pages for {1}</source>
      <translation>{0} pagine per {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>Export layers for official documents</source>
      <translation>Esporta i layer per i documenti ufficiali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>Writes the districts (one by name, or all), their member municipalities, the heritage assets inside, the stakeholders and commitments and the latest check findings in the formats given (comma list of gpkg, shp, geojson, kml, dxf, csv, xlsx): a styled GeoPackage with layer metadata; Shapefiles with .prj and UTF-8 .cpg, field names cut to 10 characters with the mapping in &lt;file&gt;_fields.csv; GeoJSON per RFC 7946 (WGS84); KML; a DXF with districts and assets on named layers; CSV (Italian dialect: ';' and decimal comma; or international) and one XLSX workbook. CRS by default RDN2008 / UTM 32N, 33N or 34N (EPSG 7791–7793) from the districts' longitude; areas are recomputed in it. Cells a spreadsheet would run as a formula are neutralised. Nothing is overwritten unless allowed; a failed or cancelled export leaves nothing behind.</source>
      <translation>Scrive i distretti (uno per nome, o tutti), i comuni membri, i beni culturali interni, i soggetti e gli impegni e gli esiti dell'ultimo controllo nei formati indicati (elenco separato da virgole di gpkg, shp, geojson, kml, dxf, csv, xlsx): un GeoPackage con stili e metadati dei layer; Shapefile con .prj e .cpg UTF-8, nomi dei campi tagliati a 10 caratteri con la corrispondenza in &lt;file&gt;_fields.csv; GeoJSON secondo RFC 7946 (WGS84); KML; un DXF con distretti e beni su layer con nome; CSV (dialetto italiano: ';' e virgola decimale; o internazionale) e una cartella di lavoro XLSX. SR predefinito RDN2008 / UTM 32N, 33N o 34N (EPSG 7791–7793) secondo la longitudine dei distretti; le superfici vi sono ricalcolate. Le celle che un foglio di calcolo eseguirebbe come formula sono neutralizzate. Nulla viene sovrascritto senza consenso; un'esportazione fallita o annullata non lascia nulla.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>District (name; blank: all)</source>
      <translation>Distretto (nome; vuoto: tutti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>Formats (comma list: gpkg, shp, geojson, kml, dxf, csv, xlsx)</source>
      <translation>Formati (elenco con virgole: gpkg, shp, geojson, kml, dxf, csv, xlsx)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>CRS (blank: RDN2008 / UTM zone of the districts)</source>
      <translation>SR (vuoto: RDN2008 / fuso UTM dei distretti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>CSV dialect</source>
      <translation>Dialetto CSV</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>Output folder</source>
      <translation>Cartella di destinazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>Files written</source>
      <translation>File scritti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>Number of files</source>
      <translation>Numero di file</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>CRS of the export</source>
      <translation>SR dell'esportazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>{0} file written to {1} in {2}</source>
      <translation>{0} file scritto in {1} in {2}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>{0} files written to {1} in {2}</source>
      <translation>{0} file scritti in {1} in {2}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_layers_algorithm.py" />
      <source>{0} (Gauss–Boaga, Monte Mario datum): no open grid exists for the shift from RDN2008/ETRF2000, so the datum is converted with a 7-parameter transformation; expect errors of a few metres</source>
      <translation>{0} (Gauss–Boaga, datum Monte Mario): non esiste un grigliato libero per il passaggio da RDN2008/ETRF2000, quindi il datum è convertito con una trasformazione a 7 parametri; attendersi errori di alcuni metri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Export RNDT metadata</source>
      <translation>Esporta i metadati RNDT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Writes the ISO 19139 metadata record of a district (or of all) following the mandatory elements of the RNDT profile (Linee Guida RNDT 2.0): file identifier prefixed by the administration's iPA code, resource identifier, language ita, contacts, date stamp, title, abstract, keywords (INSPIRE theme and free), topic categories, access and use constraints, bounding box, reference system (RNDT name with its EPSG URI), lineage from the store's batches, positional accuracy in metres, distribution format. No empty elements. The record is to be validated with the RNDT validator before publication.</source>
      <translation>Scrive la scheda di metadati ISO 19139 di un distretto (o di tutti) secondo gli elementi obbligatori del profilo RNDT (Linee Guida RNDT 2.0): identificatore del file con il prefisso del codice iPA dell'amministrazione, identificatore della risorsa, lingua ita, contatti, data dei metadati, titolo, descrizione, parole chiave (tema INSPIRE e libere), categorie tematiche, vincoli di accesso e d'uso, riquadro di delimitazione, sistema di riferimento (nome RNDT con URI EPSG), genealogia dai lotti dell'archivio, accuratezza posizionale in metri, formato di distribuzione. Nessun elemento vuoto. Da validare con il validatore RNDT prima della pubblicazione.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>iPA code of the administration</source>
      <translation>Codice iPA dell'amministrazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Organisation</source>
      <translation>Ente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Contact e-mail</source>
      <translation>E-mail di contatto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Licence</source>
      <translation>Licenza</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Positional accuracy (m)</source>
      <translation>Accuratezza posizionale (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Where the data can be downloaded (URL)</source>
      <translation>Dove scaricare i dati (URL)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Reference system (blank: RDN2008 / UTM zone of the districts)</source>
      <translation>Sistema di riferimento (vuoto: RDN2008 / fuso UTM dei distretti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Metadata record</source>
      <translation>Scheda di metadati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>XML (*.xml)</source>
      <translation>XML (*.xml)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>Overwrite an existing file</source>
      <translation>Sovrascrivi un file esistente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>File identifier</source>
      <translation>Identificatore del file</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/export_metadata_algorithm.py" />
      <source>No download address given: RNDT asks for an online resource; add it before publishing</source>
      <translation>Nessun indirizzo di scaricamento: RNDT richiede una risorsa online; aggiungerla prima della pubblicazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/funding_summary_algorithm.py" />
      <source>Funding summary</source>
      <translation>Riepilogo dei finanziamenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/funding_summary_algorithm.py" />
      <source>Stakeholders and funding</source>
      <translation>Soggetti e finanziamenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/funding_summary_algorithm.py" />
      <source>One row per district of the store: the stakeholders committed to it, the total committed, public and private money and the public share, euro per resident (its members' population) and per heritage asset inside, and the total of each stakeholder type (columns eur_&lt;type&gt;); a second table by stakeholder type and year. Public: State bodies, the Region, municipalities; private: banking foundations (private non-profit bodies by law), enterprises, third sector, religious bodies; universities and others by their legal status (unclassified when it is not recorded).</source>
      <translation>Una riga per distretto dell'archivio: i soggetti impegnati, il totale impegnato, le risorse pubbliche e private e la quota pubblica, euro per residente (popolazione dei comuni membri) e per bene culturale interno, e il totale di ogni tipologia di soggetto (colonne eur_&lt;tipo&gt;); una seconda tabella per tipologia e anno. Pubblici: enti statali, la Regione, i comuni; privati: fondazioni di origine bancaria (per legge persone giuridiche private senza scopo di lucro), imprese, terzo settore, enti religiosi; università e altri secondo la natura giuridica (non classificati se non registrata).</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/funding_summary_algorithm.py" />
      <source>Funding by district</source>
      <translation>Finanziamenti per distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/funding_summary_algorithm.py" />
      <source>Funding by stakeholder type and year</source>
      <translation>Finanziamenti per tipologia di soggetto e anno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/funding_summary_algorithm.py" />
      <source>{0} district(s); {1:.2f} € committed in all</source>
      <translation>{0} distretto/i; {1:.2f} € impegnati in tutto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Distance band between unit centroids (inclusive)</source>
      <translation>Fascia di distanza tra i centroidi delle unità (inclusiva)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Queen contiguity (a shared point)</source>
      <translation>Contiguità queen (un punto in comune)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Rook contiguity (a shared edge)</source>
      <translation>Contiguità rook (un lato in comune)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>k nearest neighbours (centroids)</source>
      <translation>k vicini più prossimi (centroidi)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Hot spots (Getis–Ord Gi*, Moran's I)</source>
      <translation>Hot spot (Getis–Ord Gi*, I di Moran)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Does heritage cluster in some units more than chance would give? For each unit (by default the store's municipalities) a value — a numeric field, or the number of points it holds (by default the store's heritage assets; each point in exactly one unit, the lowest ISTAT code on a shared border), optionally per km² or per 10,000 residents — is compared with its neighbours'. Getis–Ord Gi* (binary weights, the unit itself included; z and two-sided p; hot spot classes −3…3 at 99/95/90 % confidence), local Moran (row-standardised weights; HH/LH/LL/HL) and global Moran's I (normality, two-sided). Units without neighbours are named in a warning and get no local statistics. Distances in metres in a projected CRS. Conventions and formulas: docs/methods.md.</source>
      <translation>Il patrimonio si concentra in alcune unità più di quanto darebbe il caso? Per ogni unità (per impostazione predefinita i comuni dell'archivio) un valore — un campo numerico, o il numero di punti che contiene (per impostazione predefinita i beni dell'archivio; ogni punto in una sola unità, il codice ISTAT più basso su un confine comune), eventualmente per km² o per 10.000 residenti — è confrontato con quello dei vicini. Getis–Ord Gi* (pesi binari, unità stessa inclusa; z e p bilaterale; classi di hot spot −3…3 al 99/95/90 % di confidenza), Moran locale (pesi standardizzati per riga; HH/LH/LL/HL) e I di Moran globale (normalità, bilaterale). Le unità senza vicini sono elencate in un avviso e non hanno statistiche locali. Distanze in metri in un SR proiettato. Convenzioni e formule: docs/methods.md.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Value field (blank: count the points in each unit)</source>
      <translation>Campo del valore (vuoto: conta i punti in ogni unità)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Points to count (default: the store's heritage assets)</source>
      <translation>Punti da contare (predefinito: i beni culturali dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Population field (for a rate per residents; default: population)</source>
      <translation>Campo della popolazione (per un tasso sui residenti; predefinito: population)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Neighbours</source>
      <translation>Vicini</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Distance band (m)</source>
      <translation>Fascia di distanza (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Number of nearest neighbours</source>
      <translation>Numero di vicini più prossimi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Permutations for pseudo p-values (0: none)</source>
      <translation>Permutazioni per i pseudo p-value (0: nessuna)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Random seed of the permutations</source>
      <translation>Seme casuale delle permutazioni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Moran's I</source>
      <translation>I di Moran</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Moran's I expected</source>
      <translation>I di Moran atteso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Moran's I z (normality)</source>
      <translation>z dell'I di Moran (normalità)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Moran's I p (two-sided)</source>
      <translation>p dell'I di Moran (bilaterale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Hot spots at 95 % confidence or more</source>
      <translation>Hot spot con confidenza del 95 % o più</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Cold spots at 95 % confidence or more</source>
      <translation>Cold spot con confidenza del 95 % o più</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Units without neighbours</source>
      <translation>Unità senza vicini</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Units without neighbours, by name</source>
      <translation>Unità senza vicini, per nome</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Analysis CRS {0}; {1} units</source>
      <translation>SR dell'analisi {0}; {1} unità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>Moran's I {0:.4f} (expected {1:.4f}), z {2:.2f}, p {3:.4f}</source>
      <translation>I di Moran {0:.4f} (atteso {1:.4f}), z {2:.2f}, p {3:.4f}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>{0} points counted in the units, {1} outside every unit</source>
      <translation>{0} punti contati nelle unità, {1} fuori da ogni unità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/hot_spots_algorithm.py" />
      <source>{0} unit(s) have no neighbours and get no local statistics: {1}</source>
      <translation>{0} unità non hanno vicini e non hanno statistiche locali: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>Imports funding commitments — which stakeholder commits how much to which district, in which year, through which instrument (APQ, CIS, PNRR…) and for what — as one batch. The stakeholder is named (or given by id) and matched ignoring case and accents; the district by name; amounts are read as offices write them ('1.250.000,00 €', '€ 11.800.000', '9.200.000,00', '11,8 M€'). A 'declared total' column records the total declared for the district's instrument, which the checks compare with the commitments. Rejected rows: unknown_stakeholder, ambiguous_stakeholder, unknown_district, missing_amount, unparsable_amount, negative_amount; flagged: unparsable_year, conflicting_total.</source>
      <translation>Importa gli impegni di finanziamento — quale soggetto impegna quanto, su quale distretto, in quale anno, con quale strumento (APQ, CIS, PNRR…) e per cosa — in un solo lotto. Il soggetto è indicato per nome (o per id) e riconosciuto ignorando maiuscole e accenti; il distretto per nome; gli importi sono letti come li scrivono gli uffici ('1.250.000,00 €', '€ 11.800.000', '9.200.000,00', '11,8 M€'). Una colonna 'totale dichiarato' registra il totale dichiarato per lo strumento del distretto, che i controlli confrontano con gli impegni. Righe scartate: unknown_stakeholder, ambiguous_stakeholder, unknown_district, missing_amount, unparsable_amount, negative_amount; segnalate: unparsable_year, conflicting_total.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>Funding table (file or layer source)</source>
      <translation>Tabella dei finanziamenti (file o sorgente del layer)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>Sum of the imported amounts (€)</source>
      <translation>Somma degli importi importati (€)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>Commitments written (flagged included)</source>
      <translation>Impegni scritti (segnalati inclusi)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>Rows written with a flag</source>
      <translation>Righe scritte con segnalazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>Rows rejected</source>
      <translation>Righe scartate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>Declared totals recorded</source>
      <translation>Totali dichiarati registrati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_commitments_algorithm.py" />
      <source>{0} commitments imported, {1:.2f} € in all; {2} rejected</source>
      <translation>{0} impegni importati, {1:.2f} € in tutto; {2} scartati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Import district boundaries</source>
      <translation>Importa i confini dei distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Imports district boundaries from a GeoPackage, Shapefile (also zipped), GeoJSON, KML/KMZ, any OGR source or a project layer into the store, as one batch. The CRS is read and transformed to the store's; a source without CRS needs its CRS stated. Invalid geometries are repaired (listed in the report with the reason and the area before and after) or refused feature by feature.</source>
      <translation>Importa i confini dei distretti da GeoPackage, Shapefile (anche compresso), GeoJSON, KML/KMZ, qualsiasi sorgente OGR o un layer del progetto nell'archivio, in un unico lotto. Il sistema di riferimento viene letto e trasformato in quello dell'archivio; per una sorgente senza sistema di riferimento occorre indicarlo. Le geometrie non valide sono riparate (elencate nel rapporto con il motivo e la superficie prima e dopo) o scartate elemento per elemento.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Boundaries (file or project layer id)</source>
      <translation>Confini (file o identificativo di un layer del progetto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>District name field (blank: recognise)</source>
      <translation>Campo del nome del distretto (vuoto: riconosci)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Only the features matching (expression)</source>
      <translation>Solo gli elementi che soddisfano (espressione)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>CRS of the source, when it has none</source>
      <translation>Sistema di riferimento della sorgente, se non ne ha uno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Districts imported</source>
      <translation>Distretti importati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Geometries repaired</source>
      <translation>Geometrie riparate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Features refused</source>
      <translation>Elementi scartati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>No name field recognised: districts are named after the layer and feature id (set Name field)</source>
      <translation>Nessun campo nome riconosciuto: i distretti prendono il nome dal layer e dall'id dell'elemento (indicare il Campo nome)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>District names read from field {0!r}</source>
      <translation>Nomi dei distretti letti dal campo {0!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Repaired {0}: {1} (area {2:.3f} → {3:.3f} km²)</source>
      <translation>Riparato {0}: {1} (superficie {2:.3f} → {3:.3f} km²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Refused {0}: {1}</source>
      <translation>Scartato {0}: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Imported {0}, but it {1}</source>
      <translation>Importato {0}, ma {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_districts_algorithm.py" />
      <source>Filter expression: {0}</source>
      <translation>Espressione di filtro: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Imports a heritage inventory — CSV/TXT (delimiter, decimal comma, thousands dot, encoding and title lines detected), XLSX/ODS, GeoPackage, Shapefile, GeoJSON, KML or a project layer — into the store, as one batch. Italian and English column names are recognised; the column parameters override them. Every row ends imported, imported and flagged (swapped_lat_lon, outside_any_municipality, unparsable_number, approximate_location; for text files also decoded_cp1252, nul_bytes, extra_cells, quote_spans_lines) or rejected (missing_coordinates, unparsable_coordinate, outside_italy, duplicate), listed in the report.</source>
      <translation>Importa un inventario di beni culturali — CSV/TXT (delimitatore, virgola decimale, punto delle migliaia, codifica e righe di titolo rilevati), XLSX/ODS, GeoPackage, Shapefile, GeoJSON, KML o un layer del progetto — nell'archivio, come un unico lotto. Sono riconosciuti i nomi di colonna in italiano e in inglese; i parametri delle colonne hanno la precedenza. Ogni riga risulta importata, importata e segnalata (swapped_lat_lon, outside_any_municipality, unparsable_number, approximate_location; per i file di testo anche decoded_cp1252, nul_bytes, extra_cells, quote_spans_lines) o scartata (missing_coordinates, unparsable_coordinate, outside_italy, duplicate), elencata nel rapporto.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Inventory (file or layer source)</source>
      <translation>Inventario (file o sorgente di un layer)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>CRS of X / Y or WKT coordinates</source>
      <translation>Sistema di riferimento delle coordinate X / Y o WKT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Duplicates: same or similar name within (m)</source>
      <translation>Doppioni: stesso nome o nome simile entro (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>More category synonyms (CSV: synonym;category;art101_class)</source>
      <translation>Altri sinonimi di categoria (CSV: synonym;category;art101_class)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Gauss–Boaga (Monte Mario) coordinates are reprojected without the IGM grids: expect shifts of some metres to tens of metres</source>
      <translation>Le coordinate Gauss–Boaga (Monte Mario) sono riproiettate senza i grigliati IGM: attendersi spostamenti da alcuni metri a decine di metri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Rows written (flagged included)</source>
      <translation>Righe scritte (comprese le segnalate)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Assets updated (same source id)</source>
      <translation>Beni aggiornati (stesso identificativo di origine)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Assets unchanged (same source id)</source>
      <translation>Beni invariati (stesso identificativo di origine)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Assets no longer in the source (kept)</source>
      <translation>Beni non più nella sorgente (conservati)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>Columns: {0}; coordinates: {1}</source>
      <translation>Colonne: {0}; coordinate: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_heritage_algorithm.py" />
      <source>No longer in the source, kept in the store: {0}</source>
      <translation>Non più presenti nella sorgente, conservati nell'archivio: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_stakeholders_algorithm.py" />
      <source>Imports a list of stakeholders — State bodies, the Region, municipalities, banking foundations, enterprises, third sector, universities, religious bodies — from CSV/TXT (encoding, delimiter and title lines detected), XLSX/ODS or a table or point layer into the store, as one batch. Italian and English headers are recognised (Denominazione/Nome/Soggetto, Tipologia/Tipo, Comune/Codice ISTAT, Ruolo, Natura giuridica, Indirizzo, Email, Sito, Latitudine/Longitudine, Beni di proprietà, Beni gestiti). Types and roles are normalised with a synonym table ('Fondazione di origine bancaria' → banking foundation, 'associazione' → third sector, 'Soprintendenza' → State body; promotore, partner, finanziatore, gestore). Placed at their coordinates, else on their municipality. Every row ends imported, flagged (unknown_type: kept as other; unknown_role, unknown_legal_status, no_location, unparsable_coordinate, outside_italy, unknown_asset) or rejected (missing_name, duplicate: same name, type and municipality), listed in the report.</source>
      <translation>Importa un elenco di soggetti — enti statali, la Regione, comuni, fondazioni di origine bancaria, imprese, terzo settore, università, enti religiosi — da CSV/TXT (codifica, separatore e righe di titolo riconosciuti), XLSX/ODS o un layer di tabella o di punti nell'archivio, in un solo lotto. Si riconoscono intestazioni italiane e inglesi (Denominazione/Nome/Soggetto, Tipologia/Tipo, Comune/Codice ISTAT, Ruolo, Natura giuridica, Indirizzo, Email, Sito, Latitudine/Longitudine, Beni di proprietà, Beni gestiti). Tipologie e ruoli sono normalizzati con una tabella di sinonimi ('Fondazione di origine bancaria' → fondazione bancaria, 'associazione' → terzo settore, 'Soprintendenza' → ente statale; promotore, partner, finanziatore, gestore). Posizionati alle loro coordinate, altrimenti sul loro comune. Ogni riga risulta importata, segnalata (unknown_type: registrata come altro; unknown_role, unknown_legal_status, no_location, unparsable_coordinate, outside_italy, unknown_asset) o scartata (missing_name, duplicate: stesso nome, tipologia e comune), elencata nel resoconto.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_stakeholders_algorithm.py" />
      <source>Stakeholder list (file or layer source)</source>
      <translation>Elenco dei soggetti (file o sorgente del layer)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_stakeholders_algorithm.py" />
      <source>Links to the assets they own or manage</source>
      <translation>Collegamenti ai beni di cui sono proprietari o gestori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/import_stakeholders_algorithm.py" />
      <source>{0} stakeholders imported ({1} flagged), {2} rejected</source>
      <translation>{0} soggetti importati ({1} segnalati), {2} scartati</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/load_municipalities_algorithm.py" />
      <source>Load municipalities into store</source>
      <translation>Carica i comuni nell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/load_municipalities_algorithm.py" />
      <source>Loads ISTAT municipal boundaries (fields such as PRO_COM_T, COMUNE, COD_PROV, COD_REG are recognised) into the store's reference layer, in one batch. Codes are kept as 6-character text; invalid boundaries are repaired and reported. A population table (CSV with the ISTAT code and the residents) can be joined by code.</source>
      <translation>Carica i confini comunali ISTAT (sono riconosciuti campi come PRO_COM_T, COMUNE, COD_PROV, COD_REG) nel layer di riferimento dell'archivio, in un unico lotto. I codici sono conservati come testo di 6 caratteri; i confini non validi sono riparati e segnalati. Si può unire per codice una tabella della popolazione (CSV con il codice ISTAT e i residenti).</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/load_municipalities_algorithm.py" />
      <source>Population table to join by ISTAT code (CSV)</source>
      <translation>Tabella della popolazione da unire per codice ISTAT (CSV)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/load_municipalities_algorithm.py" />
      <source>Year of the population figures</source>
      <translation>Anno dei dati di popolazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Location quotients and specialisation</source>
      <translation>Quozienti di localizzazione e specializzazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Is a category of heritage (or of cultural enterprises) over-represented in an area compared with the reference territory? For each area (by default the store's districts) and category (by default the art. 101 class of the store's assets): LQ = (share of the category in the area) / (share in the reference), the reference being every point inside the reference layer (by default the store's municipalities); points may be weighted (e.g. employees). The confidence interval is the delta method on ln LQ with the covariance of an area nested in its reference; 'specialised' means LQ above the threshold and the interval's lower bound above 1. Per area: Herfindahl, Krugman, Hoover, Shannon and Hachman indices (EconGeo's definitions). Conventions: docs/methods.md.</source>
      <translation>Una categoria del patrimonio (o di imprese culturali) è sovrarappresentata in un'area rispetto al territorio di riferimento? Per ogni area (per impostazione predefinita i distretti dell'archivio) e categoria (per impostazione predefinita la classe art. 101 dei beni dell'archivio): LQ = (quota della categoria nell'area) / (quota nel riferimento), dove il riferimento è ogni punto dentro il layer di riferimento (per impostazione predefinita i comuni dell'archivio); i punti possono essere pesati (ad es. addetti). L'intervallo di confidenza è il metodo delta su ln LQ con la covarianza di un'area contenuta nel suo riferimento; 'specialised' significa LQ oltre la soglia e limite inferiore dell'intervallo oltre 1. Per area: indici di Herfindahl, Krugman, Hoover, Shannon e Hachman (definizioni di EconGeo). Convenzioni: docs/methods.md.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Category field (default: art101_class)</source>
      <translation>Campo della categoria (predefinito: art101_class)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Weight field (e.g. employees; blank: each point counts 1)</source>
      <translation>Campo del peso (ad es. addetti; vuoto: ogni punto conta 1)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Areas (default: the store's districts)</source>
      <translation>Aree (predefinito: i distretti dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Area name field</source>
      <translation>Campo del nome dell'area</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Reference territory (default: the store's municipalities)</source>
      <translation>Territorio di riferimento (predefinito: i comuni dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Confidence level</source>
      <translation>Livello di confidenza</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>LQ threshold for 'specialised'</source>
      <translation>Soglia di LQ per 'specialised'</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Specialisation indices</source>
      <translation>Indici di specializzazione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Area–category pairs specialised</source>
      <translation>Coppie area–categoria specializzate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>Points in the reference</source>
      <translation>Punti nel riferimento</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/location_quotients_algorithm.py" />
      <source>{0} points in the reference, {1} areas, {2} categories; {3} specialised pairs</source>
      <translation>{0} punti nel riferimento, {1} aree, {2} categorie; {3} coppie specializzate</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Point pattern (Clark–Evans, Ripley's L)</source>
      <translation>Distribuzione dei punti (Clark–Evans, L di Ripley)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Are the heritage assets of a district clustered, random or regular? Clark–Evans ratio R of the points inside the window (a district of the store, or a polygon layer, dissolved): mean nearest-neighbour distance over its expectation under complete spatial randomness; R &lt; 1 clustered. Z and two-sided p as spatstat's; naive (no edge correction) and with a guard zone along the window's edge (valid for any window shape; Donnelly's correction is for rectangles only). Ripley's K (border corrected, and uncorrected) and L at the given distances; under randomness L(r) = r. Assets placed on their municipality for lack of coordinates are left out unless asked. Conventions: docs/methods.md.</source>
      <translation>I beni culturali di un distretto sono raggruppati, casuali o regolari? Rapporto R di Clark–Evans dei punti dentro la finestra (un distretto dell'archivio, o un layer di poligoni, unito): distanza media dal vicino più prossimo divisa per quella attesa in completa casualità spaziale; R &lt; 1 raggruppati. Z e p bilaterale come in spatstat; senza correzione dei bordi e con una fascia di guardia lungo il bordo della finestra (valida per finestre di qualsiasi forma; la correzione di Donnelly vale solo per rettangoli). K di Ripley (corretta per i bordi e non corretta) e L alle distanze date; in casualità L(r) = r. I beni collocati sul loro comune per mancanza di coordinate sono esclusi, salvo richiesta. Convenzioni: docs/methods.md.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Window (polygons, dissolved; default: the district named below)</source>
      <translation>Finestra (poligoni, uniti; predefinito: il distretto indicato sotto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>District of the store (name)</source>
      <translation>Distretto dell'archivio (nome)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Distances for Ripley's L (m, comma separated; blank: ten up to a quarter of the window's size)</source>
      <translation>Distanze per la L di Ripley (m, separate da virgole; vuoto: dieci fino a un quarto della dimensione della finestra)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Guard zone along the window's edge (m; 0: the mean nearest-neighbour distance)</source>
      <translation>Fascia di guardia lungo il bordo della finestra (m; 0: la distanza media dal vicino più prossimo)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Include assets placed approximately (on their municipality)</source>
      <translation>Includi i beni collocati in modo approssimativo (sul loro comune)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Ripley's K and L</source>
      <translation>K e L di Ripley</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Points in the window</source>
      <translation>Punti nella finestra</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Window area (km²)</source>
      <translation>Superficie della finestra (km²)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Mean nearest-neighbour distance (m)</source>
      <translation>Distanza media dal vicino più prossimo (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Expected under randomness (m)</source>
      <translation>Attesa in casualità (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Z</source>
      <translation>Z</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>p (two-sided)</source>
      <translation>p (bilaterale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Points inside the guard zone</source>
      <translation>Punti dentro la fascia di guardia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Guard zone (m)</source>
      <translation>Fascia di guardia (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Mean nearest-neighbour distance, guard zone (m)</source>
      <translation>Distanza media dal vicino più prossimo, fascia di guardia (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Clark–Evans R, guard zone</source>
      <translation>R di Clark–Evans, fascia di guardia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Z, guard zone</source>
      <translation>Z, fascia di guardia</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>p, guard zone (two-sided)</source>
      <translation>p, fascia di guardia (bilaterale)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Points left out (approximate locations)</source>
      <translation>Punti esclusi (posizioni approssimative)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Give a window layer, or a store and the name of one of its districts</source>
      <translation>Indica un layer finestra, oppure un archivio e il nome di uno dei suoi distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>{0} points; Clark–Evans R {1:.3f} (z {2:.2f}, p {3:.4f}); with a {4:.0f} m guard zone R {5:.3f} ({6} points)</source>
      <translation>{0} punti; R di Clark–Evans {1:.3f} (z {2:.2f}, p {3:.4f}); con una fascia di guardia di {4:.0f} m R {5:.3f} ({6} punti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>{0} asset(s) with an approximate location left out</source>
      <translation>{0} beni con posizione approssimativa esclusi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/point_pattern_algorithm.py" />
      <source>Distances: {0!r} is not a list of numbers in metres</source>
      <translation>Distanze: {0!r} non è un elenco di numeri in metri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>Remove a batch (undo a bulk operation)</source>
      <translation>Rimuovi un lotto (annulla un'operazione massiva)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>Every bulk operation (loading municipalities, building a district, attaching heritage, a check run) writes its rows in one batch. Removing the batch removes exactly those rows. Leave the batch id blank to remove the latest batch.</source>
      <translation>Ogni operazione massiva (caricamento dei comuni, costruzione di un distretto, collegamento del patrimonio, esecuzione dei controlli) scrive le sue righe in un unico lotto. Rimuovere il lotto rimuove esattamente quelle righe. Lasciare vuoto l'identificativo per rimuovere l'ultimo lotto.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>Batch id (blank: the latest)</source>
      <translation>Identificativo del lotto (vuoto: l'ultimo)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>Removed batch</source>
      <translation>Lotto rimosso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>Operation undone</source>
      <translation>Operazione annullata</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>What the operation had written</source>
      <translation>Che cosa l'operazione aveva scritto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>The store has no batch to remove</source>
      <translation>L'archivio non ha lotti da rimuovere</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/remove_batch_algorithm.py" />
      <source>Removed batch {0} ({1})</source>
      <translation>Rimosso il lotto {0} ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Run district checks</source>
      <translation>Esegui i controlli sui distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Checks</source>
      <translation>Controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Runs checks over the store's districts, or over any polygon layer given as Districts. Each finding has a severity (error, warning, info), a value and threshold and a message. A run over the store's own districts is recorded in the store (check_runs, check_results) as one batch.</source>
      <translation>Esegue i controlli sui distretti dell'archivio o su qualsiasi layer poligonale indicato come Distretti. Ogni risultato ha una gravità (errore, avviso, informazione), un valore e una soglia e un messaggio. Un'esecuzione sui distretti dell'archivio è registrata nell'archivio (check_runs, check_results) in un unico lotto.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>District project store (GeoPackage)</source>
      <translation>Archivio del progetto di distretto (GeoPackage)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Districts to check (default: the store's)</source>
      <translation>Distretti da controllare (predefinito: quelli dell'archivio)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Checks (default: all)</source>
      <translation>Controlli (predefinito: tutti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Errors</source>
      <translation>Errori</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Warnings</source>
      <translation>Avvisi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Run id (-1: not recorded)</source>
      <translation>Identificativo esecuzione (-1: non registrata)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Give a district project store or a districts layer</source>
      <translation>Indicare un archivio del progetto di distretto o un layer di distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/run_checks_algorithm.py" />
      <source>Cancelled: no run was recorded</source>
      <translation>Annullato: nessuna esecuzione registrata</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/stakeholder_network_algorithm.py" />
      <source>A line from each stakeholder (at its location or its municipality) to the centroid (a point on the surface) of each district it commits to, with its role, type, public or private side, the amount and the number of commitments; styled by role, for a network view. Stakeholders without a location are left out and counted in the log.</source>
      <translation>Una linea da ogni soggetto (nella sua posizione o nel suo comune) al centro (un punto interno) di ogni distretto in cui si impegna, con ruolo, tipologia, natura pubblica o privata, importo e numero di impegni; stile per ruolo, per una vista di rete. I soggetti senza posizione sono esclusi e contati nel registro.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/stakeholder_network_algorithm.py" />
      <source>Stakeholder links</source>
      <translation>Collegamenti dei soggetti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/stakeholder_network_algorithm.py" />
      <source>{0} link(s) left out: their stakeholder has no location</source>
      <translation>{0} collegamento/i escluso/i: il soggetto non ha posizione</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Suggest sites for new hubs</source>
      <translation>Suggerisci siti per nuovi nodi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Where would a given number of new hubs or visitor services reach the most heritage assets (or residents) that no existing hub reaches? Demand: the assets inside the districts (by default the store's; one district by name, or all), or their residents by areal weighting of a population layer (by default the store's municipalities); demand within the service distance of an existing hub is already covered. Candidate sites: a point layer, or a grid over the districts. Greedy method: each new site covers the most demand still uncovered; its total is guaranteed to reach at least 1 − (1 − 1/p)^p of the best possible (63 % or more), and the bound on the best is reported. Exact method: integer programming with PuLP, when installed (pip install pulp). Output: the suggested sites in order, with the demand each adds. Definitions: docs/methods.md.</source>
      <translation>Dove un dato numero di nuovi nodi o servizi ai visitatori raggiungerebbe più beni culturali (o residenti) che nessun nodo esistente raggiunge? Domanda: i beni dentro i distretti (per impostazione predefinita quelli dell'archivio; un distretto per nome, o tutti), o i loro residenti per ponderazione areale di un layer di popolazione (per impostazione predefinita i comuni dell'archivio); la domanda entro la distanza di servizio di un nodo esistente è già coperta. Siti candidati: un layer di punti, o una griglia sui distretti. Metodo greedy: ogni nuovo sito copre la maggior domanda ancora scoperta; il suo totale raggiunge garantitamente almeno 1 − (1 − 1/p)^p del miglior possibile (63 % o più), e si riporta il limite superiore del migliore. Metodo esatto: programmazione intera con PuLP, se installato (pip install pulp). Risultato: i siti suggeriti in ordine, con la domanda che ciascuno aggiunge. Definizioni: docs/methods.md.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Cover</source>
      <translation>Copri</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Existing hubs (their reach counts as covered)</source>
      <translation>Nodi esistenti (il loro raggio conta come coperto)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Candidate sites (default: a grid over the districts)</source>
      <translation>Siti candidati (predefinito: una griglia sui distretti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Grid of candidate sites every (m)</source>
      <translation>Griglia di siti candidati ogni (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>A site reaches (m)</source>
      <translation>Un sito raggiunge (m)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>New sites</source>
      <translation>Nuovi siti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Method</source>
      <translation>Metodo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Demand in the districts</source>
      <translation>Domanda nei distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Demand already within reach of a hub</source>
      <translation>Domanda già raggiunta da un nodo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Demand the new sites reach</source>
      <translation>Domanda raggiunta dai nuovi siti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Share of the uncovered demand they reach</source>
      <translation>Quota della domanda scoperta che raggiungono</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>At most this much could be reached with as many sites</source>
      <translation>Al massimo questa domanda si potrebbe raggiungere con altrettanti siti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Method used</source>
      <translation>Metodo usato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>No candidate site: give candidate points or a narrower grid</source>
      <translation>Nessun sito candidato: fornire punti candidati o una griglia più fitta</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>The exact method needs the PuLP package with a solver (pip install "pulp&lt;4" in QGIS's Python: it includes the CBC solver); the greedy method needs nothing</source>
      <translation>Il metodo esatto richiede il pacchetto PuLP con un risolutore (pip install "pulp&lt;4" nel Python di QGIS: include il risolutore CBC); il metodo greedy non richiede nulla</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Greedy (fast, within its guarantee)</source>
      <translation>Greedy (veloce, entro la sua garanzia)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Exact (needs PuLP)</source>
      <translation>Esatto (richiede PuLP)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>Residents need a population layer or a store</source>
      <translation>I residenti richiedono un layer di popolazione o un archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>{0} site(s) reach {1:.0f} of the {2:.0f} not yet within {3:.0f} m of a hub ({4:.0%}); the best possible with {5} site(s) is at most {6:.0f}</source>
      <translation>{0} sito/i raggiunge/raggiungono {1:.0f} dei {2:.0f} non ancora entro {3:.0f} m da un nodo ({4:.0%}); il meglio possibile con {5} sito/i è al massimo {6:.0f}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>{0}: no district to improve</source>
      <translation>{0}: nessun distretto da migliorare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>No district named {0!r} in {1} (districts: {2})</source>
      <translation>Nessun distretto di nome {0!r} in {1} (distretti: {2})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/suggest_sites_algorithm.py" />
      <source>{0} candidate sites: choose a wider grid spacing than {1:.0f} m</source>
      <translation>{0} siti candidati: scegliere un passo di griglia più largo di {1:.0f} m</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/summarise_districts_algorithm.py" />
      <source>Summarise districts</source>
      <translation>Riepilogo dei distretti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/summarise_districts_algorithm.py" />
      <source>One row per district of the store: members, population, ellipsoidal area and method, parts, holes, heritage assets inside (border included) by category, protected assets, UNESCO components, visitors with their years (mixed years flagged), assets per km² and per 10,000 residents. Nothing is written to the store.</source>
      <translation>Una riga per ogni distretto dell'archivio: comuni membri, popolazione, superficie ellissoidica e metodo, parti, buchi, beni culturali all'interno (confine incluso) per categoria, beni tutelati, componenti UNESCO, visitatori con i loro anni (anni diversi segnalati), beni per km² e per 10.000 residenti. Nell'archivio non viene scritto nulla.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/summarise_districts_algorithm.py" />
      <source>Municipalities in the store</source>
      <translation>Comuni nell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/summarise_districts_algorithm.py" />
      <source>Heritage assets in the store</source>
      <translation>Beni culturali nell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/summarise_districts_algorithm.py" />
      <source>Provinces of the store's municipalities (separated by |)</source>
      <translation>Province dei comuni dell'archivio (separate da |)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/table_import_algorithm.py" />
      <source>Text encoding (blank: detect)</source>
      <translation>Codifica del testo (vuoto: riconosci)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/table_import_algorithm.py" />
      <source>Delimiter (blank: detect)</source>
      <translation>Separatore (vuoto: riconosci)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/table_import_algorithm.py" />
      <source>Delimiter {0!r}: one character (e.g. ; or ,)</source>
      <translation>Separatore {0!r}: un solo carattere (es. ; o ,)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/table_import_algorithm.py" />
      <source>Column for {0} (blank: recognise)</source>
      <translation>Colonna per {0} (vuoto: riconosci)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/processing_provider/table_import_algorithm.py" />
      <source>Text encoding {0!r} is not an encoding (e.g. utf-8, cp1252, latin-1)</source>
      <translation>La codifica {0!r} non è una codifica (es. utf-8, cp1252, latin-1)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/algorithm_runner.py" />
      <source>{0} failed: {1}</source>
      <translation>{0} non riuscito: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/algorithm_runner.py" />
      <source>Processing algorithm {0} is not available</source>
      <translation>L'algoritmo di Processing {0} non è disponibile</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/algorithm_runner.py" />
      <source>{0}: done</source>
      <translation>{0}: completato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/algorithm_runner.py" />
      <source>{0} cancelled: nothing was changed</source>
      <translation>{0} annullato: nulla è stato modificato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/algorithm_runner.py" />
      <source>{0}: after the algorithm finished</source>
      <translation>{0}: dopo la fine dell'algoritmo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/algorithm_runner.py" />
      <source>{0} failed: {1} (details in the log panel, tab {2})</source>
      <translation>{0} non riuscito: {1} (dettagli nel pannello dei messaggi di log, scheda {2})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/analysis_inputs.py" />
      <source>Give a district project store or the layers to analyse</source>
      <translation>Indica un archivio del progetto di distretto o i layer da analizzare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/analysis_inputs.py" />
      <source>Give a district project store, or the {0} layer</source>
      <translation>Indica un archivio del progetto di distretto, o il layer {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/analysis_inputs.py" />
      <source>{0}: features read a moment ago are gone; run the step again</source>
      <translation>{0}: elementi letti poco fa non ci sono più; ripeti il passo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/analysis_inputs.py" />
      <source>{0}: the points must be a point layer (found other geometries)</source>
      <translation>{0}: i punti devono essere un layer di punti (trovate altre geometrie)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/analysis_inputs.py" />
      <source>layer {0!r} has no coordinate reference system; state it (Layer Properties ▸ Source) before measuring</source>
      <translation>il layer {0!r} non ha un sistema di riferimento; indicalo (Proprietà layer ▸ Sorgente) prima di misurare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/cancellation.py" />
      <source>cancelled: nothing was written</source>
      <translation>annullato: non è stato scritto nulla</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/check_runner.py" />
      <source>a removed district (id {0})</source>
      <translation>un distretto rimosso (id {0})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/check_runner.py" />
      <source>{0} findings over {1}</source>
      <translation>{0} risultati su {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/concentration_windows.py" />
      <source>{0}: the window has no polygon</source>
      <translation>{0}: la finestra non ha poligoni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/concentration_windows.py" />
      <source>District {0!r} has no geometry</source>
      <translation>Il distretto {0!r} non ha geometria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/coverage_inputs.py" />
      <source>{0}: no population field {1!r}</source>
      <translation>{0}: nessun campo popolazione {1!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/coverage_inputs.py" />
      <source>{0} population unit(s) have no figure and count as 0 residents</source>
      <translation>{0} unità di popolazione senza dato, contate con 0 residenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_builder.py" />
      <source>a district needs a name</source>
      <translation>un distretto deve avere un nome</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_builder.py" />
      <source>{0}: the store has no municipalities; load them first</source>
      <translation>{0}: l'archivio non contiene comuni; caricarli prima</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_builder.py" />
      <source>{0}: no municipalities with boundary year {1}</source>
      <translation>{0}: nessun comune con anno dei confini {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_builder.py" />
      <source>district {0!r}: no municipality codes given</source>
      <translation>distretto {0!r}: nessun codice di comune indicato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_builder.py" />
      <source>a district named {0!r} already exists in the store; choose another name (names are compared ignoring case and accents)</source>
      <translation>nell'archivio esiste già un distretto di nome {0!r}; scegli un altro nome (i nomi sono confrontati ignorando maiuscole e accenti)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_builder.py" />
      <source>district {0!r}: ISTAT code(s) {1} not among the store's {2} municipalities; nothing was written</source>
      <translation>distretto {0!r}: codici ISTAT {1} assenti tra i comuni {2} dell'archivio; non è stato scritto nulla</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_builder.py" />
      <source>district {0} from {1} municipalities</source>
      <translation>distretto {0} da {1} comuni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_export.py" />
      <source>{0}: no district to export</source>
      <translation>{0}: nessun distretto da esportare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_export.py" />
      <source>{0}: export failed: {1}</source>
      <translation>{0}: esportazione non riuscita: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_import.py" />
      <source>layer {0!r} has no coordinate reference system: state the CRS of its coordinates (it is never guessed)</source>
      <translation>il layer {0!r} non ha un sistema di riferimento: indicare quello delle sue coordinate (non viene mai indovinato)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_import.py" />
      <source>layer {0!r}: no feature could be imported ({1})</source>
      <translation>layer {0!r}: nessun elemento importabile ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_import.py" />
      <source>{0} districts from {1}</source>
      <translation>{0} distretti da {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_import.py" />
      <source>layer {0!r} has no field {1!r}</source>
      <translation>il layer {0!r} non ha il campo {1!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_import.py" />
      <source>imported from {0} (feature {1})</source>
      <translation>importato da {0} (elemento {1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_import.py" />
      <source>duplicate name: a district named {0!r} already exists</source>
      <translation>nome duplicato: esiste già un distretto di nome {0!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: another program is writing to the store (waited {1:g} s): a layer of it in editing mode in another QGIS, or a program holding the file open. Finish there and try again</source>
      <translation>{0}: un altro programma sta scrivendo nell'archivio (atteso {1:g} s): un suo layer in modifica in un altro QGIS, o un programma che tiene aperto il file. Terminare lì e riprovare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: a file already exists there; choose another name or remove it first</source>
      <translation>{0}: esiste già un file con questo nome; scegliere un altro nome o rimuoverlo prima</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>EPSG:{0} is not a projected CRS; a store needs metric coordinates</source>
      <translation>EPSG:{0} non è un sistema di riferimento proiettato; l'archivio richiede coordinate metriche</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: folder {1} does not exist</source>
      <translation>{0}: la cartella {1} non esiste</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: the store is locked by layers being edited in this QGIS ({1}): save or stop editing them, then try again</source>
      <translation>{0}: l'archivio è bloccato da layer in modifica in questo QGIS ({1}): salvarli o terminarne la modifica, poi riprovare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: could not create the store: {1}</source>
      <translation>{0}: impossibile creare l'archivio: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: no such file</source>
      <translation>{0}: file inesistente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: the file is read-only; copy it to a writable folder to work on it</source>
      <translation>{0}: il file è di sola lettura; copiarlo in una cartella scrivibile per lavorarci</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: this GeoPackage was not created as a district store</source>
      <translation>{0}: questo GeoPackage non è stato creato come archivio di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: the store was written by a newer version of the plugin (schema {1}); update the plugin to open it</source>
      <translation>{0}: l'archivio è stato scritto da una versione più recente del plugin (schema {1}); aggiornare il plugin per aprirlo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: the disk holding the store is full; nothing was written. Free some space and try again</source>
      <translation>{0}: il disco che contiene l'archivio è pieno; non è stato scritto nulla. Liberare spazio e riprovare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: the store refused the write ({1}); nothing was written</source>
      <translation>{0}: l'archivio ha rifiutato la scrittura ({1}); non è stato scritto nulla</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: not a district store GeoPackage ({1})</source>
      <translation>{0}: non è un GeoPackage di archivio di distretto ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: cannot be opened for writing ({1})</source>
      <translation>{0}: impossibile aprirlo in scrittura ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_store.py" />
      <source>{0}: the file is locked by another program; close it there and try again</source>
      <translation>{0}: il file è bloccato da un altro programma; chiuderlo lì e riprovare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_test_inputs.py" />
      <source>A regional benchmark needs the region of each area (a region code field)</source>
      <translation>Un riferimento regionale richiede la regione di ogni area (un campo con il codice regione)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_test_inputs.py" />
      <source>{0}: {1} local unit(s) have no valid number of employees in {2!r}</source>
      <translation>{0}: {1} unità locali non hanno un numero di addetti valido in {2!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/district_test_inputs.py" />
      <source>{0}: cannot be read ({1})</source>
      <translation>{0}: non può essere letto ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>State body</source>
      <translation>Organo dello Stato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Municipality</source>
      <translation>Comune</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Banking foundation</source>
      <translation>Fondazione bancaria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Enterprise</source>
      <translation>Impresa</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Third sector</source>
      <translation>Terzo settore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>University or research body</source>
      <translation>Università o ente di ricerca</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Religious body</source>
      <translation>Ente religioso</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Other</source>
      <translation>Altro</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Promoter</source>
      <translation>Promotore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Funder</source>
      <translation>Finanziatore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Manager</source>
      <translation>Gestore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Key figures</source>
      <translation>Dati principali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Heritage assets by category</source>
      <translation>Beni culturali per categoria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Total</source>
      <translation>Totale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Indicator</source>
      <translation>Indicatore</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>ISTAT code</source>
      <translation>Codice ISTAT</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Area (ellipsoidal)</source>
      <translation>Superficie (ellissoidica)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Residents (ISTAT 2023)</source>
      <translation>Residenti (ISTAT 2023)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Parts / holes</source>
      <translation>Parti / buchi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Heritage assets per km²</source>
      <translation>Beni culturali per km²</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Heritage assets per 10,000 residents</source>
      <translation>Beni culturali ogni 10.000 residenti</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Heritage density against the store's territory</source>
      <translation>Densità di beni rispetto al territorio dell'archivio</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Clark–Evans R of the assets (below 1: clustered)</source>
      <translation>R di Clark–Evans dei beni (sotto 1: raggruppati)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Heritage assets inside / in the inventory</source>
      <translation>Beni culturali interni / nell'inventario</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Near misses within 2 km of the boundary</source>
      <translation>Quasi inclusi entro 2 km dal confine</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Area within 1 km of an asset inside</source>
      <translation>Superficie entro 1 km da un bene interno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Residents within 1 km of an asset inside</source>
      <translation>Residenti entro 1 km da un bene interno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Distance from residents to the nearest asset, median</source>
      <translation>Distanza dei residenti dal bene più vicino, mediana</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Distance from residents to the nearest asset, 90th percentile</source>
      <translation>Distanza dei residenti dal bene più vicino, 90° percentile</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Residents: municipal populations spread evenly over their area.</source>
      <translation>Residenti: popolazioni comunali distribuite uniformemente sulla superficie.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>The checks were never run.</source>
      <translation>I controlli non sono mai stati eseguiti.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Public {0} €, private {1} € (public share {2}); {3} € per resident.</source>
      <translation>Pubblici {0} €, privati {1} € (quota pubblica {2}); {3} € per residente.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Check run {0} of {1}.</source>
      <translation>Esecuzione dei controlli {0} del {1}.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_content.py" />
      <source>Near misses: {0}</source>
      <translation>Quasi inclusi: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Parameters:</source>
      <translation>Parametri:</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Data sources and the operations that wrote them (batch, date):</source>
      <translation>Fonti dei dati e operazioni che le hanno scritte (lotto, data):</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Reproducibility</source>
      <translation>Riproducibilità</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Sources: {0}; heritage inventory: {1}.</source>
      <translation>Fonti: {0}; inventario dei beni culturali: {1}.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Other or unknown category</source>
      <translation>Categoria altra o sconosciuta</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Made with Cultural District Planner {0} on QGIS {1}.</source>
      <translation>Realizzato con Cultural District Planner {0} su QGIS {1}.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Cultural District Planner {0}; QGIS {1}.</source>
      <translation>Cultural District Planner {0}; QGIS {1}.</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Store: {0} ({1}, schema {2}).</source>
      <translation>Archivio: {0} ({1}, schema {2}).</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Dossier cancelled: nothing was written</source>
      <translation>Dossier annullato: nulla è stato scritto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Cultural district: {0}</source>
      <translation>Distretto culturale: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Dossier of {0}</source>
      <translation>Dossier del {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Reference system: {0} ({1})</source>
      <translation>Sistema di riferimento: {0} ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Check run shown: {0} ({1}).</source>
      <translation>Esecuzione dei controlli mostrata: {0} ({1}).</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>{0}: the file exists; allow overwriting or choose another name</source>
      <translation>{0}: il file esiste; consentire la sovrascrittura o scegliere un altro nome</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>{0}: the folder does not exist or is read-only</source>
      <translation>{0}: la cartella non esiste o è in sola lettura</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>Indicators: {0}</source>
      <translation>Indicatori: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>{0}: the PDF could not be written ({1})</source>
      <translation>{0}: impossibile scrivere il PDF ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/dossier_export.py" />
      <source>{0}: the map image could not be written ({1})</source>
      <translation>{0}: impossibile scrivere l'immagine della mappa ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>Cultural districts</source>
      <translation>Distretti culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>Funding commitments</source>
      <translation>Impegni di finanziamento</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>Findings of the latest check run</source>
      <translation>Esiti dell'ultima esecuzione dei controlli</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>Cultural District Planner default style</source>
      <translation>Stile predefinito del pianificatore di distretti culturali</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>Exported by Cultural District Planner {0}</source>
      <translation>Esportato da Cultural District Planner {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>{0}: layer {1} cannot be read back</source>
      <translation>{0}: impossibile rileggere il layer {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>{0}: the metadata of {1} could not be saved ({2})</source>
      <translation>{0}: impossibile salvare i metadati di {1} ({2})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_styles.py" />
      <source>{0}: the style of {1} could not be saved ({2})</source>
      <translation>{0}: impossibile salvare lo stile di {1} ({2})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_tables.py" />
      <source>{0}: the store has no district to export</source>
      <translation>{0}: l'archivio non ha distretti da esportare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/export_tables.py" />
      <source>No district named {0} (the store has: {1})</source>
      <translation>Nessun distretto di nome {0} (l'archivio ha: {1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/geopackage_output.py" />
      <source>{0}: expected one layer, found {1}</source>
      <translation>{0}: attesa una sola tabella, trovate {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/geopackage_output.py" />
      <source>layer {0!r} has the fields {1}; the output has {2}</source>
      <translation>il layer {0!r} ha i campi {1}; l'output ha {2}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/heritage_attachment.py" />
      <source>municipality of {0} assets corrected</source>
      <translation>comune corretto per {0} beni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/heritage_import.py" />
      <source>{0} assets from {1}</source>
      <translation>{0} beni da {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/heritage_import.py" />
      <source>{0}: the synonym file needs the columns synonym and category (and art101_class)</source>
      <translation>{0}: il file dei sinonimi richiede le colonne synonym e category (e art101_class)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/heritage_import.py" />
      <source>{0}: coordinates are {1}: give their CRS (e.g. EPSG:3004 for Gauss–Boaga East, EPSG:7792 for RDN2008 / UTM 33N)</source>
      <translation>{0}: le coordinate sono {1}: indicarne il sistema di riferimento (es. EPSG:3004 per Gauss–Boaga Est, EPSG:7792 per RDN2008 / UTM 33N)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/hot_spots.py" />
      <source>Give a numeric field of the units, or the points to count</source>
      <translation>Indica un campo numerico delle unità, o i punti da contare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/hot_spots.py" />
      <source>A rate per residents needs the units' population (a population field)</source>
      <translation>Un tasso sui residenti richiede la popolazione delle unità (un campo popolazione)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>Export cancelled: nothing was written</source>
      <translation>Esportazione annullata: nulla è stato scritto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>{0}: layer {1} could not be created</source>
      <translation>{0}: impossibile creare il layer {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>Unknown export format(s) {0} (known: {1})</source>
      <translation>Formato/i di esportazione sconosciuto/i {0} (noti: {1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>{0}: no such folder</source>
      <translation>{0}: cartella inesistente</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>{0}: the folder is read-only; choose another one</source>
      <translation>{0}: la cartella è in sola lettura; sceglierne un'altra</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>{0}: {1} already exist; allow overwriting or choose another folder</source>
      <translation>{0}: {1} esistono già; consentire la sovrascrittura o scegliere un'altra cartella</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>{0}: could not be created</source>
      <translation>{0}: impossibile crearlo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_export.py" />
      <source>{0}: the export could not be written ({1}); nothing was left behind</source>
      <translation>{0}: impossibile scrivere l'esportazione ({1}); non è rimasto nulla</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_reader.py" />
      <source>layer {0!r} is not valid: {1}</source>
      <translation>il layer {0!r} non è valido: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_reader.py" />
      <source>layer {0!r} has no field(s) {1}</source>
      <translation>il layer {0!r} non ha i campi {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_reader.py" />
      <source>layer {0!r} has no coordinate reference system; state it</source>
      <translation>il layer {0!r} non ha un sistema di riferimento; indicarlo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/layer_reader.py" />
      <source>layer {0!r} cannot be filtered by feature id</source>
      <translation>il layer {0!r} non si può filtrare per id degli elementi</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/location_quotient_inputs.py" />
      <source>{0}: no field {1!r} for the categories</source>
      <translation>{0}: nessun campo {1!r} per le categorie</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/location_quotient_inputs.py" />
      <source>No point lies inside the reference territory ({0})</source>
      <translation>Nessun punto si trova nel territorio di riferimento ({0})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/location_quotient_inputs.py" />
      <source>{0}: {1} point(s) have no valid weight in {2!r} (a number ≥ 0)</source>
      <translation>{0}: {1} punti non hanno un peso valido in {2!r} (un numero ≥ 0)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/membership_editor.py" />
      <source>Dissolve district</source>
      <translation>Dissoluzione del distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/membership_editor.py" />
      <source>Prepare the paint tool</source>
      <translation>Preparazione dello strumento di pittura</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/metadata_export.py" />
      <source>{0}: an RNDT record needs an EPSG reference system</source>
      <translation>{0}: una scheda RNDT richiede un sistema di riferimento EPSG</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/metadata_export.py" />
      <source>the record would have empty elements: {0}</source>
      <translation>la scheda avrebbe elementi vuoti: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>{0} municipalities from {1}</source>
      <translation>{0} comuni da {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>layer {0!r} has no region code field (COD_REG) to filter on</source>
      <translation>il layer {0!r} non ha il campo del codice regione (COD_REG) per filtrare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>layer {0!r} has no municipality in regions {1}</source>
      <translation>il layer {0!r} non ha comuni nelle regioni {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>layer {0!r}: no municipality to load</source>
      <translation>layer {0!r}: nessun comune da caricare</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>layer {0!r}: ISTAT code {1} appears more than once</source>
      <translation>layer {0!r}: il codice ISTAT {1} compare più di una volta</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>{0}: municipalities already loaded for the same boundary year (e.g. {1}); nothing was loaded</source>
      <translation>{0}: comuni già caricati per lo stesso anno dei confini (es. {1}); non è stato caricato nulla</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>layer {0!r}: {1}</source>
      <translation>layer {0!r}: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>layer {0!r}: no boundary year field; give the boundary year</source>
      <translation>layer {0!r}: nessun campo dell'anno dei confini; indicare l'anno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/municipality_loader.py" />
      <source>{0}, line {1}: {2}</source>
      <translation>{0}, riga {1}: {2}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Hot spot, 99 % confidence</source>
      <translation>Hot spot, confidenza 99 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Hot spot, 95 % confidence</source>
      <translation>Hot spot, confidenza 95 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Hot spot, 90 % confidence</source>
      <translation>Hot spot, confidenza 90 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Not significant</source>
      <translation>Non significativo</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Cold spot, 90 % confidence</source>
      <translation>Cold spot, confidenza 90 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Cold spot, 95 % confidence</source>
      <translation>Cold spot, confidenza 95 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Cold spot, 99 % confidence</source>
      <translation>Cold spot, confidenza 99 %</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Row</source>
      <translation>Riga</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Outcome</source>
      <translation>Esito</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Reasons (codes)</source>
      <translation>Motivi (codici)</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Imported</source>
      <translation>Importato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Imported, flagged</source>
      <translation>Importato, con segnalazioni</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>Rejected</source>
      <translation>Scartato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/output_styles.py" />
      <source>No role recorded</source>
      <translation>Nessun ruolo registrato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_schema.py" />
      <source>{0} {1} ({2}) was changed by someone else at {3}, after you started editing it: reload the layer and make your change again</source>
      <translation>{0} {1} ({2}) è stato modificato da un altro utente alle {3}, dopo che hai iniziato a modificarlo: ricarica il layer e ripeti la modifica</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: the schema already exists; choose another schema or remove it first</source>
      <translation>{0}: lo schema esiste già; sceglierne un altro o rimuoverlo prima</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: the database has no PostGIS; its administrator can add it with CREATE EXTENSION postgis</source>
      <translation>{0}: il database non ha PostGIS; il suo amministratore può aggiungerlo con CREATE EXTENSION postgis</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: a colleague's work is writing the same records (waited {1} s); try again when it has finished</source>
      <translation>{0}: il lavoro di un collega sta scrivendo gli stessi record (atteso {1} s); riprovare quando ha finito</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: this schema was not created as a district store</source>
      <translation>{0}: questo schema non è stato creato come archivio di distretto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: the store has schema version {1} and this plugin reads version {2}; copy it to a GeoPackage with the plugin that wrote it, or update the plugin</source>
      <translation>{0}: l'archivio ha la versione di schema {1} e questo plugin legge la versione {2}; copiarlo in un GeoPackage con il plugin che lo ha scritto, o aggiornare il plugin</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: PostGIS does not know EPSG:{1}</source>
      <translation>{0}: PostGIS non conosce EPSG:{1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: cannot read the store: {1}</source>
      <translation>{0}: impossibile leggere l'archivio: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: your database role may only read this store; nothing was written ({1})</source>
      <translation>{0}: il proprio ruolo nel database può solo leggere questo archivio; non è stato scritto nulla ({1})</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgis_store.py" />
      <source>{0}: no such schema</source>
      <translation>{0}: lo schema non esiste</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgres_connection.py" />
      <source>{0}: QGIS has no saved PostgreSQL connection {1!r}</source>
      <translation>{0}: QGIS non ha una connessione PostgreSQL salvata {1!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgres_connection.py" />
      <source>{0}: QGIS has no authentication configuration {1!r}</source>
      <translation>{0}: QGIS non ha la configurazione di autenticazione {1!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/postgres_connection.py" />
      <source>{0}: cannot connect to the database: {1}</source>
      <translation>{0}: impossibile connettersi al database: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/stakeholder_import.py" />
      <source>{0} stakeholders from {1}</source>
      <translation>{0} soggetti da {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/stakeholder_import.py" />
      <source>{0} commitments from {1}</source>
      <translation>{0} impegni da {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_base.py" />
      <source>{0}: cannot be read</source>
      <translation>{0}: non può essere letto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_base.py" />
      <source>{0}: the store has no table {1!r}</source>
      <translation>{0}: l'archivio non ha la tabella {1!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_base.py" />
      <source>{0}: table {1!r} has no column {2!r}</source>
      <translation>{0}: la tabella {1!r} non ha la colonna {2!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_base.py" />
      <source>{0}: table {1!r} cannot be opened</source>
      <translation>{0}: impossibile aprire la tabella {1!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_base.py" />
      <source>{0}: no batch {1}</source>
      <translation>{0}: nessun lotto {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_batch.py" />
      <source>the store has no table {0!r}</source>
      <translation>l'archivio non ha la tabella {0!r}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_batch.py" />
      <source>{0}: table {1!r} has no column(s) {2}</source>
      <translation>{0}: la tabella {1!r} non ha le colonne {2}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_batch.py" />
      <source>table {0!r} has no row {1}</source>
      <translation>la tabella {0!r} non ha la riga {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_copy.py" />
      <source>{0}: could not copy into the store: {1}</source>
      <translation>{0}: impossibile copiare nell'archivio: {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_copy.py" />
      <source>{0}: the copy differs from {1} in {2}; nothing was kept</source>
      <translation>{0}: la copia differisce da {1} in {2}; non è stato conservato nulla</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_migration.py" />
      <source>{0}: store schema version {1} cannot be migrated to version {2}; the file was left untouched</source>
      <translation>{0}: la versione {1} dello schema dell'archivio non può essere migrata alla versione {2}; il file non è stato modificato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_migration.py" />
      <source>{0}: upgrading the store from schema {1} failed ({2}); the file was restored from {3}</source>
      <translation>{0}: l'aggiornamento dell'archivio dallo schema {1} non è riuscito ({2}); il file è stato ripristinato da {3}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_relations.py" />
      <source>{0} of the {1}</source>
      <translation>{0} di {1}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_session.py" />
      <source>District store: {0}</source>
      <translation>Archivio distretti: {0}</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_styles.py" />
      <source>Proposal</source>
      <translation>Proposta</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_styles.py" />
      <source>Under review</source>
      <translation>In istruttoria</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_styles.py" />
      <source>Recognised</source>
      <translation>Riconosciuto</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_styles.py" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_styles.py" />
      <source>Other public body</source>
      <translation>Altro ente pubblico</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_styles.py" />
      <source>Private</source>
      <translation>Privato</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/store_styles.py" />
      <source>University or research</source>
      <translation>Università o ricerca</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/vector_sources.py" />
      <source>{0}: cannot be read as a vector layer</source>
      <translation>{0}: non può essere letto come layer vettoriale</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/vector_sources.py" />
      <source>{0}: the archive holds {1} shapefiles; expected one</source>
      <translation>{0}: l'archivio contiene {1} shapefile; ne è atteso uno</translation>
    </message>
    <message>
      <location filename="cultural_district_plugin/services/vector_sources.py" />
      <source>{0}: the KMZ holds no KML document</source>
      <translation>{0}: il KMZ non contiene un documento KML</translation>
    </message>
  </context>
</TS>
