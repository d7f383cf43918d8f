"""Español (the UN's terms: examen periódico universal, recomendación, apoyada /
tomada nota, párrafo, «pág.»; ``reviewer.words``)."""

TABLE = {
    "date.long": "{day} de {month} de {year}",
    "date.months": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),  # fmt: skip
    "list.sep": ", ",
    "list.and": "{items} y {last}",
    "list.more": {"one": "{items} y {n} más", "other": "{items} y {n} más"},
    "label": "{label}: ",
    "quoted": "“{text}”",
    "pages.one": "pág. {page}",
    "pages.range": "págs. {start}–{end}",
    "count.paragraphs": {"one": "{n} párrafo", "other": "{n} párrafos"},
    "count.recommendations": {"one": "{n} recomendación", "other": "{n} recomendaciones"},
    "count.tags": {"one": "{n} etiqueta", "other": "{n} etiquetas"},
    "count.notes": {"one": "{n} nota", "other": "{n} notas"},
    "count.documents": {"one": "{n} documento", "other": "{n} documentos"},
    "count.words": {"one": "{n} palabra", "other": "{n} palabras"},
    "count.key_words": {"one": "{n} palabra clave", "other": "{n} palabras clave"},
    "position.supported": "Apoyada",
    "position.noted": "Tomada nota",
    "position.partially": "Apoyada parcialmente",
    "position.pending": "Por examinar",
    "position.unknown": "Desconocida",
    "position.short.supported": "apoyadas",
    "position.short.noted": "de las que se tomó nota",
    "position.short.partially": "apoyadas parcialmente",
    "position.short.pending": "por examinar",
    "position.short.unknown": "posición desconocida",
    "kind.submission": "Contribución",
    "kind.wg_report": "Informe del Grupo de Trabajo",
    "kind.responses": "Respuestas del Estado",
    "kind.thematic_list": "Lista temática",
    "kind.national_report": "Informe nacional",
    "kind.summary": "Resumen de las comunicaciones",
    "kind.other": "Otro documento",
    "origin.footnote": "nota al pie",
    "origin.inline": "en el texto",
    "origin.section_heading": "título de sección",
    "origin.manual": "manual",
    "origin.suggestion": "sugerencia",
    "origin.inferred": "numeración deducida",
    "status.confirmed": "confirmado",
    "status.suggested": "sugerido",
    "status.rejected": "rechazado",
    "link.suggested": "sugerido",
    "link.accepted": "sugerencia aceptada",
    "link.inferred": "numeración deducida",
    "col.recommendation": "Recomendación",
    "col.recommendation_text": "Texto de la recomendación",
    "col.text": "Texto",
    "col.states": "Estados que recomiendan",
    "col.position": "Posición",
    "col.document": "Documento",
    "col.organisation": "Organización",
    "col.paragraphs": "Párrafos",
    "col.paragraph": "Párrafo",
    "col.paragraph_text": "Texto del párrafo",
    "col.symbol": "Signatura",
    "col.number": "Número",
    "col.themes": "Temas",
    "col.page": "Página",
    "col.origin": "Origen",
    "col.status": "Estado del vínculo",
    "col.reviewer": "Revisor",
    "col.suggested_in": "Sugerida en",
    "para.heading": "Párrafo {label}",
    "para.title": "Título",
    "para.heading_kind": "Encabezado: {start}",
    "para.unnumbered": "Párrafo sin número: “{start}”",
    "para.with_pages": "{heading}, {pages}",
    "para.ref": "párr. {label}",
    "para.ref_title": "el título",
    "para.ref_heading": "el encabezado “{start}”",
    "para.ref_unnumbered": "el párrafo sin número “{start}”",
    "brief.title": "Nota de examen del EPU",
    "brief.subtitle.document": "Párrafos por documento",
    "brief.subtitle.recommendation": "Cobertura por recomendación",
    "brief.subtitle.tag": "Párrafos por etiqueta",
    "brief.selection.document.all": "Todos los párrafos",
    "brief.selection.document.tagged": "Solo los párrafos etiquetados",
    "brief.selection.document.noted": "Solo los párrafos con notas",
    "brief.selection.document.linked": "Solo los párrafos vinculados a una recomendación",
    "brief.selection.document.annotated": "Párrafos vinculados, etiquetados o con notas",
    "brief.selection.recommendation.all": "Párrafos que citan una recomendación",
    "brief.selection.recommendation.tagged": (
        "Párrafos que citan una recomendación y están etiquetados"
    ),
    "brief.selection.recommendation.noted": "Párrafos que citan una recomendación y tienen notas",
    "brief.selection.recommendation.linked": "Párrafos que citan una recomendación",
    "brief.selection.recommendation.annotated": "Párrafos que citan una recomendación",
    "brief.selection.tag.all": "Párrafos etiquetados",
    "brief.selection.tag.tagged": "Párrafos etiquetados",
    "brief.selection.tag.noted": "Párrafos etiquetados con notas",
    "brief.selection.tag.linked": "Párrafos etiquetados vinculados a una recomendación",
    "brief.selection.tag.annotated": "Párrafos etiquetados",
    "brief.key.paragraphs": "Párrafos",
    "brief.key.review": "Examen",
    "brief.key.recommendations": "Recomendaciones",
    "brief.key.date": "Fecha",
    "brief.key.reviewer": "Revisor",
    "brief.key.coverage": "Cobertura",
    "brief.key.in_brief": "En esta nota",
    "brief.filter.theme": "tema {theme}",
    "brief.filter.position": "posición {position}",
    "brief.documents": {
        "one": "El documento de esta nota",
        "other": "Los documentos de esta nota",
    },
    "brief.contents": "Índice",
    "brief.no_headings": "Esta nota no tiene encabezados que enumerar.",
    "brief.nothing": "Nada en el espacio de trabajo coincide con esta selección.",
    "brief.no_text": "(texto que no figura en el registro)",
    "brief.doc_meta": "{shown} de {total} en esta nota",
    "brief.registry": {
        "one": "{recs} para {symbol} en el registro: {n} citada en esta nota",
        "other": "{recs} para {symbol} en el registro: {n} citadas en esta nota",
    },
    "brief.registry.filtered": {
        "one": "{recs} para {symbol} en el registro (según los filtros): {n} citada en esta nota",
        "other": (
            "{recs} para {symbol} en el registro (según los filtros): {n} citadas en esta nota"
        ),
    },
    "brief.cited_elsewhere": {
        "one": ", {n} citada solo fuera de esta nota",
        "other": ", {n} citadas solo fuera de esta nota",
    },
    "brief.cited_by_nobody": {"one": ", {n} que nadie cita.", "other": ", {n} que nadie cita."},
    "brief.uncited": "Nadie las cita: ",
    "brief.themes": "Temas",
    "brief.affected": "Personas afectadas",
    "brief.what_they_say": "Lo que dicen las contribuciones: {paragraphs} en {documents}",
    "brief.in_documents": "{paragraphs} en {documents}",
    "brief.in_brackets": " ({text})",
    "brief.linked": "Recomendaciones vinculadas",
    "brief.also_tagged": "Otras etiquetas",
    "brief.tags": "Etiquetas",
    "brief.refer.see": "Véase ",
    "brief.refer.under": "{ref} en {where}",
    "brief.refer.page": " (página ",
    "brief.refer.in_full": " de esta nota), donde se cita íntegramente.",
    "note.label": "Nota",
    "note.passage": "Pasaje",
    "note.reviewer": "Revisor",
    "pred.cycle": "en el ciclo {cycle}",
    "pred.symbol": "en {symbol}",
    "pred.by": " por {states}",
    "pred.line": "También recomendada {where}{by}: {number} — {position}",
    "pred.suggested": " (sugerida)",
    "footer.page": "Página ",
    "footer.of": " de ",
    "footer.end": "",
    "props.keywords": "EPU; examen periódico universal; recomendaciones",
    "props.comments": "Redactado con UPR Reviewer",
    "props.category": "Nota de examen del EPU",
    "cov.heading": "Cobertura de {review}",
    "cov.none": ("Ningún documento de {review} vincula todavía un párrafo a sus recomendaciones."),
    "cov.none.filtered": (
        "Ningún documento de {review} vincula todavía un párrafo a estas recomendaciones."
    ),
    "cov.legend": (
        "{confirmed} un vínculo confirmado   {suggested} un vínculo sugerido, aún no "
        "confirmado   (una fila por cada recomendación a la que algún documento está "
        "vinculado: {cited} de {total})"
    ),
    "cov.silent": "No se vinculan a ninguna",
    "cov.summary.addressed": {
        "one": "{n} abordada por {documents}",
        "other": "{n} abordadas por {documents}",
    },
    "cov.summary.nobody": {"one": "{n} que nadie aborda", "other": "{n} que nadie aborda"},
    "cov.summary.position": {
        "one": "{position} {total} ({n} abordada)",
        "other": "{position} {total} ({n} abordadas)",
    },
    "cov.no_theme": "Sin tema",
    "xlsx.sheet.summary": "Resumen",
    "xlsx.sheet.matrix": "Matriz",
    "xlsx.sheet.paragraphs": "Párrafos",
    "xlsx.sheet.nobody": "No abordadas",
    "xlsx.title": "Cobertura de {label} ({review})",
    "xlsx.scope": (
        "Las recomendaciones de {previous}{symbols} a las que responden los documentos de {review}."
    ),
    "xlsx.the_previous_review": "el examen anterior",
    "xlsx.addressed_means": (
        "Una recomendación está abordada cuando un documento tiene un vínculo confirmado "
        "con ella; un vínculo sugerido no cuenta."
    ),
    "xlsx.exported": "Exportado el {when} por {author} desde {workspace}",
    "xlsx.documents": "Documentos",
    "xlsx.no_documents": "Ningún documento de este examen tiene párrafos todavía.",
    "xlsx.col.addressed": "Abordadas",
    "xlsx.col.suggested_only": "Solo sugeridas",
    "xlsx.col.kind": "Tipo",
    "xlsx.col.recommendations": "Recomendaciones",
    "xlsx.col.share": "Proporción",
    "xlsx.col.theme": "Tema",
    "xlsx.col.state": "Estado",
    "xlsx.col.documents": "Documentos",
    "xlsx.col.suggested": "Sugeridos",
    "xlsx.by_position": "Por posición",
    "xlsx.by_theme": "Por tema (una recomendación cuenta en cada uno de sus temas)",
    "xlsx.by_state": "Por Estado que recomienda",
    "xlsx.legend": (
        "Una celda cuenta los párrafos de un documento con un vínculo confirmado a la "
        "recomendación; entre paréntesis, los párrafos con un vínculo sugerido aún no "
        "confirmado. Filas por tema (cada recomendación en el primero de sus temas; todos "
        "ellos en la columna Temas) y luego por número."
    ),
    "xlsx.total.addressed": "Recomendaciones abordadas",
    "xlsx.total.confirmed": "Párrafos (vínculos confirmados)",
    "xlsx.total.suggested": "Párrafos (vínculos sugeridos)",
    "check.title": "Revisión del borrador: {title}",
    "check.subject": "Revisión del borrador conforme a las directrices del EPU",
    "check.key.draft": "Borrador",
    "check.key.review": "Examen",
    "check.key.words": "Palabras",
    "check.key.checked": "Revisado el",
    "check.key.rules": "Reglas",
    "check.not_known": "desconocido",
    "check.guidelines": (
        "ACNUDH, Directrices técnicas para la presentación de contribuciones escritas de "
        "las partes interesadas (EPU, 4º ciclo), sitio web del ACNUDH"
    ),
    "check.words": "{words} ({limit}; {notes})",
    "check.limit": "límite {limit}",
    "check.limit.individual": "límite {limit} (contribución individual)",
    "check.limit.joint": "límite {limit} (contribución conjunta)",
    "check.footnotes.counted": "notas al pie contadas",
    "check.footnotes.not_counted": "notas al pie no contadas",
    "check.summary": "Resumen",
    "check.nothing": "No queda nada por corregir.",
    "check.count": "{rule}: {n}",
    "check.findings": "Observaciones",
    "check.dismissed": "Descartadas",
    "check.notes": "Notas",
    "check.line": "{where} · {rule} · {severity}",
    "check.fix": "Corrección: {fix}",
    "check.key": "Clave: {key}",
    "check.dismissed_by": " · descartada por {by}",
    "check.was_dismissed": " · descartada",
    "check.because": ": {note}",
    "check.where.label": "párr. {label}",
    "check.where.index": "párrafo {index} (sin número)",
    "check.where.document": "todo el documento",
    "check.comment_author": "Revisión de UPR Reviewer",
    "check.comment_meta": "{rule} · {severity} · {where} · clave {key}",
    "severity.error": "error",
    "severity.warning": "advertencia",
    "severity.info": "información",
    "rule.name.number": "número",
    "rule.name.symbol": "signatura",
    "rule.name.state": "Estado",
    "rule.name.position": "posición",
    "rule.name.range": "serie",
    "rule.name.words": "palabras",
    "rule.name.numbering": "numeración",
    "rule.name.keywords": "palabras clave",
    "rule.name.organisation": "organización",
    "rule.name.period": "período",
    "rule.name.annex": "anexo",
    "rule.name.coverage": "cobertura",
    "rule.number": "Números que el informe citado no tiene",
    "rule.symbol": "Informes que no son los del examen anterior",
    "rule.state": "Estados que recomiendan y que el registro no indica",
    "rule.position": "Recomendaciones de las que se tomó nota presentadas como aceptadas",
    "rule.range": "Series que abarcan dos párrafos de un informe",
    "rule.words": "Límite de palabras",
    "rule.numbering": "Párrafos y páginas numerados",
    "rule.keywords": "Palabras clave",
    "rule.organisation": "Organizaciones autoras nombradas al principio",
    "rule.period": "Hechos anteriores al examen anterior",
    "rule.annex": "Informes anexos",
    "rule.coverage": "Recomendaciones sobre los temas del borrador que este no cita",
    "check.number": "{number}: {symbol} tiene {span}",
    "check.number.fix": "Comprobar el número en {symbol}",
    "check.number.fix_text": "El texto citado es el de {numbers}: corregir el número",
    "check.the_state": "el Estado",
    "check.the_state_under_review": "el Estado examinado",
    "check.symbol": (
        "{symbol} no es el informe del examen anterior de {state}, {previous} ({reports}){whose}"
    ),
    "check.symbol.whose": " (es el de {owner})",
    "check.symbol.fix": "Citar las recomendaciones de {reports}, o comprobar la signatura",
    "check.state": "{numbers} ({name}): el registro indica {registry}",
    "check.state.fix": "Escribir ({right}), o comprobar el número",
    "check.position": (
        "{number} se presenta como aceptada, pero {state} tomó nota de ella ({symbol})"
    ),
    "check.position.fix": "Decir que {state} tomó nota de {number} (no la apoyó)",
    "check.range.across": (
        "{raw}: sus extremos están en párrafos distintos del informe ({a} y {b})"
    ),
    "check.range.across.fix": "Dividirla: de {first} al final del párrafo {a}, y luego {b}.1–{last}",
    "check.range.long": "{raw}: una serie de más de 400 recomendaciones",
    "check.range.long.fix": "Citar las recomendaciones a las que se refiere, no toda la serie",
    "check.range.backwards": "{raw}: la serie va hacia atrás",
    "check.range.backwards.fix": "Comprobar los números: el final de la serie debe ser el mayor",
    "check.words.over_individual": (
        "{words}: supera el límite de una contribución individual, {limit} ({notes})"
    ),
    "check.words.over_joint": (
        "{words}: supera el límite de una contribución conjunta, {limit} ({notes})"
    ),
    "check.words.over": "{words}: supera el límite de {limit} ({notes})",
    "check.words.fix": "Suprimir al menos {words}",
    "check.words.fix_joint": (
        "Suprimir al menos {words} (una contribución conjunta puede tener {limit})"
    ),
    "check.numbering.none": "Ninguno de los {paragraphs} está numerado",
    "check.numbering.none.fix": "Numerar los párrafos (1., 2., 3. …), como piden las directrices",
    "check.numbering.one": "Un párrafo sin número entre párrafos numerados",
    "check.numbering.one.fix": "Numerarlo, o unirlo al párrafo anterior",
    "check.numbering.pages": "Las páginas no están numeradas",
    "check.numbering.pages.fix": (
        "Añadir números de página en el pie de página (Insertar › Número de página)"
    ),
    "check.keywords.many": "{words}: las directrices piden {max} como máximo",
    "check.keywords.many.fix": "Conservar las {max} más significativas",
    "check.keywords.none": "No hay una línea de palabras clave al principio",
    "check.keywords.none.fix": (
        "Añadir una línea «Palabras clave: …» ({max} como máximo) antes del primer párrafo"
    ),
    "check.organisation": "Las organizaciones autoras no se nombran al principio",
    "check.organisation.fix": "Nombrar cada organización autora al principio del texto",
    "check.period": "Fechado en {years}: antes del examen anterior ({previous}, {year})",
    "check.period.fix": (
        "Informar sobre el período transcurrido desde {year}; limitar los hechos anteriores "
        "a una línea de contexto"
    ),
    "check.annex": "Un informe anexo: los anexos no se aceptan como parte de la contribución",
    "check.annex.fix": "Suprimir el anexo; citar el informe (título, enlace) en una nota al pie",
    "check.coverage": "{theme}: {recs} de {symbols} no citadas ({numbers})",
    "check.coverage.fix": (
        "Citar aquellas sobre las que informa el borrador, o dejarlas fuera de su alcance"
    ),
    "check.coverage.spoken": {
        "one": "El borrador trata de {numbers} sin citarla: citarla",
        "other": "El borrador trata de {numbers} sin citarlas: citarlas",
    },
    "check.note.guess": (
        "el examen del documento, {review}, es una suposición: confirmarlo (review set)"
    ),
    "check.note.pages": (
        "la numeración de páginas se lee en el archivo: revisar el propio archivo para comprobarla"
    ),
    "check.note.no_review": (
        "se desconoce el examen del borrador: no se aplicaron las reglas que necesitan el "
        "examen anterior (signatura, período, cobertura)"
    ),
    "check.note.no_report": (
        "el examen anterior, {previous}, no tiene informe en el espacio de trabajo: no se "
        "aplicaron las reglas de signatura y cobertura (importar su informe o su lista temática)"
    ),
    "check.note.no_year": "se desconoce el año de {previous}: no se aplicó la regla del período",
    "check.note.not_in_registry": (
        "no figura en el registro: {symbols}; no se comprobaron los números, Estados y "
        "posiciones citados de él"
    ),
    "check.note.skipped": "reglas omitidas: {rules}",
    "check.note.file_guess": "su examen, {review}, es una suposición ({reason})",
    "check.note.stored": (
        "este archivo es el documento {id} del espacio de trabajo: revisar el documento {id} "
        "para apartar las observaciones descartadas para él"
    ),
    "check.note.not_stored": (
        "el archivo no está en el espacio de trabajo: no se descarta ninguna observación "
        "(importarlo y revisarlo por su número de documento para descartar observaciones)"
    ),
}
