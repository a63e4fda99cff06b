"""French words around a phrase that change what it means (lexicon.py): slot name -> alternatives."""

CONTEXT: dict[str, tuple[str, ...]] = {
    "if": ("si",),
    "reported": ("il paraît", "m'a dit"),
    "done": ("votre", "du", "de votre"),
    "done_article": ("le ", "la ", "l'"),
    "to": ("à",),
    "someone_else": ("un autre", "une autre"),
}
