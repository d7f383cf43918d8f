"""Typed forwarding from ``Workspace`` to the service that does the work.

``add_note = via("review", Review.add_note)`` gives ``Workspace`` a method with
``Review.add_note``'s signature and docstring, seen as such by a type checker,
that calls ``self.review.add_note``: one line per method instead of a copied
signature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def via(service: str, method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    name = method.__name__

    def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return getattr(getattr(self, service), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = method.__doc__
    return call
