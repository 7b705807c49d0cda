"""The parsers' models, under the application's name (they are defined in parsers/models.py,
so that the parsers import nothing of the application)."""

from parsers.models import Attachment as Attachment
from parsers.models import InboundMessage as InboundMessage
from parsers.models import MessageKind as MessageKind
from parsers.models import ResumeDocument as ResumeDocument
from parsers.models import ResumeSource as ResumeSource
