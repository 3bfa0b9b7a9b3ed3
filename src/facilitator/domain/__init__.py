"""The workshop and the session, free of any UI or file format.

Import from the modules themselves (`facilitator.domain.session`, `.workshop`, …): this
package re-exports nothing, so a command that needs only a small part (`facilitator trend`
reads files without building a Session) does not import the Session's and the Workshop's
classes with it.
"""
