"""Typed forwarding from ``Workspace`` to the service that does the work, and the
services made (and their modules imported) on first use.

``add_note = via("review", Review.add_note)`` gives ``Workspace`` a method with
``Review.add_note``'s signature and docstring, seen as such by a type checker,
that calls ``self.review.add_note``: one line per method instead of a copied
signature.

``checks = service(lambda ws: Checks(ws.store))`` makes the service the first time
``ws.checks`` is asked for, in whichever thread asks, once.  With ``Checks =
Later("reviewer.workspace.checks", "Checks")`` outside type checking, its module is
imported then too: opening a workspace to list its documents does not import the
draft check, the merge or the suggestions (``Later.method`` only names the method
for ``via``: the method's docstring is set when its class is imported).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import wraps
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def via(service: str, method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    name = method.__name__

    def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return getattr(getattr(self, service), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = method.__doc__
    if isinstance(method, _Named):  # its docstring once its class is imported
        _wait_for_doc(method.owner, call)
    return call


def _wait_for_doc(owner: Later, call: Callable[..., Any]) -> None:
    owner.waiting.append(call)
    call.__dict__["_later"] = owner


class _Named:
    """A method of a class not imported yet, by its name (what ``via`` needs)."""

    __doc__ = None

    def __init__(self, owner: Later, name: str) -> None:
        self.owner, self.__name__ = owner, name


class Later:
    """A class whose module is imported when it is first called (to make a service)."""

    every: list[Later] = []  # for ``import_all``

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name
        self.waiting: list[Callable[..., Any]] = []  # via's methods without their docstring
        Later.every.append(self)

    @classmethod
    def import_all(cls) -> None:
        """Import every service's module now (the window's start, off its GUI thread:
        its first clicks then import nothing)."""
        for later in cls.every:
            importlib.import_module(later._module)

    def __getattr__(self, attr: str) -> _Named:
        if attr.startswith("_") or attr == "waiting":
            raise AttributeError(attr)
        return _Named(self, attr)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        cls = getattr(importlib.import_module(self._module), self._name)
        while self.waiting:
            call = self.waiting.pop()
            call.__doc__ = getattr(cls, call.__name__).__doc__
        return cls(*args, **kwargs)


class service(Generic[T]):  # noqa: N801 (used as a decorator-like attribute maker)
    """A ``Workspace`` attribute made by ``build(workspace)`` on first use, once: under
    the workspace's ``_making`` lock (a reentrant one: a service made with another), then
    kept in the instance, where later lookups find it without this descriptor."""

    def __init__(self, build: Callable[[Any], T]) -> None:
        self.build = build
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, ws: None, owner: type | None = None) -> service[T]: ...
    @overload
    def __get__(self, ws: object, owner: type | None = None) -> T: ...
    def __get__(self, ws: Any, owner: type | None = None) -> T | service[T]:
        if ws is None:
            return self
        made = ws.__dict__
        with ws._making:
            if self.name not in made:
                made[self.name] = self.build(ws)
            return made[self.name]


def settled(
    method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], R]:
    """A ``Workspace`` method that first brings the search index up to date (unless
    the window indexes in the background)."""

    @wraps(method)
    def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        self.indexing.settle()
        return method(self, *args, **kwargs)

    if "_later" in method.__dict__:
        _wait_for_doc(method.__dict__["_later"], call)
    return call


def then_settled(
    method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], R]:
    """A ``Workspace`` method (an import) after which the search index is brought up
    to date (unless the window indexes in the background)."""

    @wraps(method)
    def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        result = method(self, *args, **kwargs)
        self.indexing.settle()
        return result

    if "_later" in method.__dict__:
        _wait_for_doc(method.__dict__["_later"], call)
    return call
