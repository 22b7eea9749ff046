"""The MXNet model server names under which older MXNet inference scripts import their base class."""
